"""The learner's server: a local process running as the learner's own Unix account.

``AcademySpawner`` is JupyterHub's LocalProcessSpawner with two changes:

* hub user ``kim`` runs as Unix user ``<unix_prefix>kim`` (``unix_prefix`` comes from the district),
  a member of the district's Unix group (its supplementary groups are set from /etc/group, so it
  passes through the district's data root and no other district's);
* the process and every kernel it starts get the district's memory limit
  (``c.Spawner.mem_limit``), as a cgroup when the machine lets us make one, else as a
  per-process address-space limit;
* when the server ends -- stopped, culled, crashed, or the academy stops -- every process of the
  learner's account ends with it (kernels forked from the warm zygote live in their own session
  and would otherwise be re-parented to PID 1 and keep running);
* a study circle's hub user ``circle-<id>`` (academy/together/circle_server.py) serves the circle
  folder ``<circles_root>/<id>`` and opens on its notebook; it never joins the course, and its
  Unix account is never made here;
* with ``fork_servers`` (district ``[storm] fork_servers``), the server is a fork of one
  pre-imported parent instead of a fresh ``python -m jupyterhub.singleuser``
  (academy/kernels/server_fork.py); if that fails for any reason, it starts the stock way.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import resource
from pathlib import Path

from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from jupyterhub.utils import maybe_future, random_port
from tornado import web
from traitlets import Bool, Dict, Unicode

from academy.district import SETTINGS, circle_of_account
from academy.messages import say
from academy.layout import CGROUP_V1_MEMORY


class AcademySpawner(LocalProcessSpawner):
    # The default is the district's (academy/district.py); hub/config.py sets the district's value.
    unix_prefix = Unicode(SETTINGS["accounts"]["unix_prefix"].default, config=True, help="Unix account of hub user NAME is <unix_prefix>NAME")
    cgroup_parent = Unicode("", config=True,
                            help="cgroup (v1 memory) folder for per-learner limits, e.g. academy-demo; empty: none")

    @property
    def unix_name(self) -> str:
        return self.unix_prefix + self.user.name

    course_group = Unicode("", config=True, help="hub group every learner belongs to (nbgrader-<course>)")

    fork_servers = Bool(SETTINGS["storm"]["fork_servers"].default, config=True,
                        help="fork the server from a pre-imported parent (academy/kernels/server_fork.py); "
                             "the stock start whenever that fails")

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if self.fork_servers:  # the first spawner the hub makes starts the parents' imports
            for kernels in (False, True):
                try:
                    self._fork_parent(warm=True, kernels=kernels)
                except Exception as error:  # noqa: BLE001  (the starts will go the stock way)
                    self.log.warning("no %s parent (%s)", "kernel" if kernels else "server", error)

    def _fork_parent(self, warm: bool = False, kernels: bool = False):
        """(this hub's server parent -- or with ``kernels`` its kernel parent, which forks each
        learner's warm-kernel zygote --, "running" | "new" | "replaced"); ``warm``: only start
        the first one early."""
        from academy.kernels import server_fork

        parent_env = server_fork.parent_env(self.environment, self.config_path_by_group.get("*", ""))
        args = server_fork.kernel_parent_args() if kernels else ()
        if warm:
            return server_fork.ServerParent.warm(self.cmd[0], parent_env, args)
        return server_fork.ServerParent.get(self.cmd[0], parent_env, args)

    circles_root = Unicode("", config=True,
                           help="<data_root>/circles: hub user circle-<id> serves <circles_root>/<id> "
                                "(a study circle's server); empty: no circle servers")
    circle_notebook = Unicode("모임노트.ipynb", config=True, help="where a circle's server opens")

    @property
    def circle(self) -> str | None:
        """The study circle whose server this is, or None for a person's."""
        return circle_of_account(self.user.name)

    def get_args(self):
        if self.circle is not None:
            if not self.circles_root:
                raise web.HTTPError(409, f"{self.user.name}: no circle servers on this hub (circles_root)")
            self.notebook_dir = str(Path(self.circles_root) / self.circle)
            self.default_url = f"/lab/tree/{self.circle_notebook}"
        return super().get_args()

    async def start(self):
        if self.create_accounts_in and self.course_group and self.circle is None:
            self._join_course()
        if self.fork_servers:
            started = await self._fork_start()
            if started is not None:
                return started
        return await super().start()

    async def _fork_start(self):
        """LocalProcessSpawner.start, with the process forked from the server parent instead of
        exec'd; None (start the stock way) if that does not work."""
        from academy.kernels import server_fork

        if self.port == 0:
            self.port = random_port()
        cmd = [*self.cmd, *self.get_args()]
        if self.shell_cmd or cmd[1:3] != ["-m", server_fork.MODULE]:
            return None
        try:
            env = self.get_env()
            account = self._account()
            group = self._cgroup()
            spec = server_fork.spawn_spec(
                account=account, groups=os.getgrouplist(account.pw_name, account.pw_gid), env=env, argv=cmd[3:],
                title=" ".join(cmd), cgroup_procs=str(group / "cgroup.procs") if group is not None else None,
                memory_limit=0 if group is not None else int(self.mem_limit or 0))
            parent, state = self._fork_parent()
            if state == "replaced":  # this learner does not wait for the new parent's imports
                raise server_fork.ForkUnavailable("the server parent was gone (a new one is starting)")
            try:
                kernel_parent, kernel_state = self._fork_parent(kernels=True)
                if kernel_state == "replaced":  # as above: the server starts its own zygote
                    kernel_parent = None
            except server_fork.ForkUnavailable:
                kernel_parent = None
            pid, _zygote = await server_fork.start_with_zygote(
                parent, kernel_parent, spec, ready_timeout=max(10.0, self.start_timeout / 2), timeout=30,
                log=self.log)
        except Exception as error:  # noqa: BLE001  (any trouble: the stock start, never a failed spawn)
            self.log.warning("fork start of %s failed, starting the stock way: %s", self.user.name, str(error)[-800:])
            return None
        self.proc = server_fork.ForkedServerProcess(pid)
        self.pid = pid
        self.log.info("Forked %s for %s (pid %d)", " ".join(cmd[:3]), self.user.name, pid)
        return (self.ip or "127.0.0.1", self.port)

    def _join_course(self) -> None:
        """A learner who signed up (and was approved) joins the course on first start."""
        from jupyterhub import orm

        group = orm.Group.find(self.db, self.course_group)
        if group is not None and group not in self.user.orm_user.groups:
            self.user.orm_user.groups.append(group)
            self.db.commit()

    create_accounts_in = Unicode("", config=True,
                                 help="home root where missing Unix accounts are created on start; empty: never")

    district_group = Unicode("", config=True,
                             help="Unix group of the district's accounts (academy-<id>): joined before each start, "
                                  "so the server and its kernels may pass through the district's data root")

    def _account(self) -> pwd.struct_passwd:
        try:
            account = pwd.getpwnam(self.unix_name)
        except KeyError:
            if not self.create_accounts_in or self.circle is not None:  # a circle's account: academy circles form
                raise web.HTTPError(409, say("hub.no_unix_account", name=self.user.name)) from None
            from academy.hub.unix_accounts import ensure_unix_user

            account = ensure_unix_user(self.unix_name, self.create_accounts_in, comment=self.user.name)
        if self.district_group:
            from academy.hub.unix_accounts import join_group

            join_group(self.district_group, account.pw_name)  # before set_user_setuid reads the groups
        return account

    def user_env(self, env):
        account = self._account()
        env["USER"] = account.pw_name
        env["HOME"] = account.pw_dir
        env["SHELL"] = account.pw_shell or "/bin/bash"
        return env

    def _cgroup(self) -> Path | None:
        if not self.cgroup_parent or not self.mem_limit or not os.access(CGROUP_V1_MEMORY, os.W_OK):
            return None
        group = CGROUP_V1_MEMORY / self.cgroup_parent / self.unix_name
        try:
            group.mkdir(parents=True, exist_ok=True)
            (group / "memory.limit_in_bytes").write_text(str(int(self.mem_limit)))
        except OSError as error:
            self.log.warning("no memory cgroup for %s (%s); using a per-process limit", self.unix_name, error)
            return None
        return group

    def make_preexec_fn(self, name):
        account = self._account()
        become_learner = set_user_setuid(account.pw_name)
        group = self._cgroup()
        limit = int(self.mem_limit or 0)

        def preexec():
            if group is not None:
                (group / "cgroup.procs").write_text(str(os.getpid()))
            elif limit:
                # Private writable memory (heap + anonymous maps) per process: a kernel that
                # allocates past it gets MemoryError instead of taking the machine down.
                resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
            become_learner()

        return preexec

    config_path_by_group = Dict(
        {}, config=True,
        help="JUPYTER_CONFIG_PATH by hub group (first match wins); '*' for everyone else, e.g. learners")

    def get_env(self):
        env = super().get_env()
        # The district's Jupyter config (Korean UI, nbgrader course, extensions per role).
        groups = {group.name for group in self.user.groups}
        for group, path in self.config_path_by_group.items():
            if group == "*" or group in groups:
                env["JUPYTER_CONFIG_PATH"] = path
                break
        return env

    async def run_post_stop_hook(self):
        """After the server ended (however it ended: JupyterHub calls this from ``User.stop``
        for a stop, a cull, a crash noticed by polling and the hub's own shutdown), end every
        process still running as the learner -- unless another server of theirs still runs."""
        others = [s for s in self.user.spawners.values() if s is not self and s.active]
        if not others:
            from academy.hub.unix_accounts import stop_processes_of

            try:
                ended = await asyncio.to_thread(stop_processes_of, self.unix_name, timeout=5)
            except KeyError:  # no such Unix account (any more)
                ended = 0
            except Exception:  # noqa: BLE001  (never let clean-up break the hub's stop)
                self.log.exception("could not end the processes of %s", self.unix_name)
                ended = 0
            if ended:
                self.log.info("ended %d leftover process(es) of %s", ended, self.unix_name)
        return await maybe_future(super().run_post_stop_hook())
