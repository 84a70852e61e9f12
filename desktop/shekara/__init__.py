"""Shekara: offline records, packets and reports for KZ-LT border and customs posts."""

__version__ = "0.1.0"
