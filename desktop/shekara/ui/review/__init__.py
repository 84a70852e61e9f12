"""The supervisor's review: approve, send back with a comment, withdraw; versions side by side."""

from shekara.ui.review.diff_view import VersionDiffView
from shekara.ui.review.page import ReviewPage

__all__ = ["ReviewPage", "VersionDiffView"]
