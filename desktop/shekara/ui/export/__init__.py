"""Post side of the packets: the export wizard and the import of HQ's acknowledgement."""

from shekara.ui.export.ack_import import AckImportDialog
from shekara.ui.export.wizard import ExportWizard

__all__ = ["AckImportDialog", "ExportWizard"]
