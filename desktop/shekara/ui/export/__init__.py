"""Post side of the packets: the export wizard, the import of HQ's acknowledgement and of its
reference data."""

from shekara.ui.export.ack_import import AckImportDialog
from shekara.ui.export.refdata_import import RefdataImportDialog
from shekara.ui.export.wizard import ExportWizard

__all__ = ["AckImportDialog", "ExportWizard", "RefdataImportDialog"]
