"""Deployment beyond one machine: Zero to JupyterHub values rendered from the district settings (z2jh.py)."""
