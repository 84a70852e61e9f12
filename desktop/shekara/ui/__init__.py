"""The desktop application (PySide6): one sub-package per screen, models over services.

`shekara.ui.app.run(args)` starts it. Importing this package first applies the guard against
PySide6 6.12's reference-count bug on Python 3.11 (see refcount_guard.py): it must run before
any Qt call, and every screen, test and tool reaches Qt through this package.
"""

from shekara.ui.refcount_guard import pin_singletons

pin_singletons()
