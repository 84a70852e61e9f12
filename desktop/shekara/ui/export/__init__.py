"""Post side of the packets: the export wizard, the outbox (a packet written again), the import
of HQ's acknowledgement and of its reference data."""

from shekara.ui.export.ack_import import AckImportDialog
from shekara.ui.export.outbox import OutboxDialog
from shekara.ui.export.refdata_import import RefdataImportDialog
from shekara.ui.export.wizard import ExportWizard

__all__ = ["AckImportDialog", "ExportWizard", "OutboxDialog", "RefdataImportDialog"]
