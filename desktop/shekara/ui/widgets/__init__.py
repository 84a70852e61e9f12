"""Widgets and models shared by several screens (a rank of their own in tests/test_layers.py:
they import services and below, and no screen package of ui/)."""
