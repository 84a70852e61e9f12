"""The bundle's entry point (PyInstaller needs a script): the same as `python -m shekara`."""

from shekara.cli import main

raise SystemExit(main())
