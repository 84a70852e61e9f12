"""The record editors: one page per record, of any of the four kinds (records.md)."""

from shekara.ui.editors.page import RecordEditorPage

__all__ = ["RecordEditorPage"]
