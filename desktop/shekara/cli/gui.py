"""Starting the desktop application from the command line."""

from __future__ import annotations

import argparse

from shekara.errors import StateError


def start_gui(args: argparse.Namespace) -> int:
    try:
        from shekara.ui.app import run  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise StateError("cli.no_gui", "the desktop application is not available in this "
                         "build; see 'shekara --help' for the commands") from None
    return int(run(args))
