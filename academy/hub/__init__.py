"""One JupyterHub per district: accounts, spawner, nbgrader course, settings -> traitlets."""
