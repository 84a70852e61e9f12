"""Retention at a post (Admin > Retention…): records due for review or past their time, keeping
one longer, and the purge."""
