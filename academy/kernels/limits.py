"""The limits of a grading kernel, declared once.

``SandboxKernelManager``'s settings (academy/grading/sandbox.py) take their defaults from here;
the district file's ``[limits] grading_memory_mb`` (academy/district.py) defaults to
``LIMITS.memory_mb`` and reaches the course's nbgrader config through ``academy hub setup``.

>>> Limits(memory_mb=1024).memory_mb, LIMITS.work_mb
(1024, 64)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    work_mb: int = 64            # the private working copy (tmpfs)
    tmp_mb: int = 16             # each of /tmp, /var/tmp, /dev/shm (tmpfs)
    cpu_seconds: int = 120       # RLIMIT_CPU
    # 3072: a kernel that loads module 11's Korean analyser (Kiwi) reserves ~2.2 GB of address
    # space, ~0.8 GB of it the preloaded kernel itself (its resident memory stays near 1 GB).
    memory_mb: int = 3072        # RLIMIT_AS
    max_processes: int = 64      # RLIMIT_NPROC (processes + threads of the throwaway UID)
    max_open_files: int = 256    # RLIMIT_NOFILE
    max_file_mb: int = 16        # RLIMIT_FSIZE
    copy_max_files: int = 500    # files of the submission copied into the working copy
    copy_max_mb: int = 50        # and their total size


LIMITS = Limits()
