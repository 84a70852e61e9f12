"""Maintenance of the open vault: its check and repair (Admin > Check the vault…)."""
