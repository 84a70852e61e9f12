"""Where a file is about to be written: every odd target is one clean refusal, before any work.

Sticks and folders come in every shape: a path that is not a folder, a FIFO, a symlink loop, a
dangling symlink where the file should go, a name longer than the file system allows, a folder
without write permission, a read-only file system. Each is refused here with a message id and
words a supervisor can act on, before a packet is sealed, a sequence number is spent or anything
is marked sent. Messages never name paths (a path can hold a user's name).

Callers choose the error class (so each command keeps its exit code) and pass their own error
for a folder that does not exist (each command had its own before this module). Every message
is written out literally here, so tools/build_translations.py finds it for the catalog.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from shekara.errors import InputError, ShekaraError

ErrorClass = type[ShekaraError]


def given_path(value: str, option: str) -> Path:
    """A path typed on the command line; an empty one would silently mean "here"."""
    if not value.strip():
        raise InputError("target.empty", "{option} needs a path; an empty one is not taken to "
                         "mean the current folder", option=option)
    return Path(value)


def _as(error: ErrorClass, refusal: ShekaraError) -> ShekaraError:
    return error(refusal.msgid, refusal.template, **refusal.params)


def check_folder(folder: Path, error: ErrorClass, missing: ShekaraError) -> Path:
    """`folder` exists, is a folder (after symlinks), and a new file can be made in it."""
    if not str(folder).strip():
        raise _as(error, ShekaraError("target.empty", "no folder was given"))
    try:
        info = os.stat(folder)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise missing from None
        raise _os_refusal(exc, error) from None
    if not stat.S_ISDIR(info.st_mode):
        raise _as(error, ShekaraError("target.not_folder", "the place to write to is not a "
                                      "folder (a file, a device or a pipe is there)"))
    if _read_only(folder):
        raise _as(error, ShekaraError("target.read_only", "the folder to write to is on a "
                                      "read-only file system (is the stick's lock switch on?)"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _as(error, ShekaraError("target.not_writable", "this program may not write into "
                                      "that folder"))
    return folder


def check_new_file(path: Path, error: ErrorClass, missing: ShekaraError, *,
                   replace_regular: bool = False) -> Path:
    """`path` can be created: its folder passes check_folder, its name fits the file system,
    and nothing is there yet — not even a dangling symlink, which a rename would replace.
    `replace_regular` allows an existing regular file (a report written again)."""
    check_folder(path.parent, error, missing)
    check_name(path, error)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise _os_refusal(exc, error) from None
    if replace_regular and stat.S_ISREG(info.st_mode):
        return path
    if stat.S_ISDIR(info.st_mode):
        raise _as(error, ShekaraError("target.is_folder", "{name} is a folder, not a file name",
                                      name=_shown(path)))
    raise _as(error, ShekaraError("target.exists", "something named {name} is already there (a "
                                  "file, link, pipe or device): move it away or choose another "
                                  "name", name=_shown(path)))


def check_name(path: Path, error: ErrorClass) -> None:
    """The name and the whole path fit what the folder's file system allows (temporary names
    add about 25 characters, so that is kept in hand)."""
    folder = path.parent
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
        path_max = os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError, AttributeError):  # Windows has no pathconf
        name_max, path_max = 255, 4096 if os.name != "nt" else 260
    spare = 25
    if len(os.fsencode(path.name)) + spare > name_max or \
            len(os.fsencode(os.path.abspath(path))) + spare >= path_max:
        raise _too_long(error)


def _read_only(folder: Path) -> bool:
    if not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _too_long(error: ErrorClass) -> ShekaraError:
    return _as(error, ShekaraError("target.name_too_long", "the file name or path is too long "
                                   "for that file system: choose a shorter folder"))


def _os_refusal(exc: OSError, error: ErrorClass) -> ShekaraError:
    if exc.errno == errno.ELOOP:
        return _as(error, ShekaraError("target.loop", "the path to write to is a loop of "
                                       "symbolic links"))
    if exc.errno == errno.ENAMETOOLONG:
        return _too_long(error)
    if exc.errno == errno.ENOTDIR:
        return _as(error, ShekaraError("target.not_folder", "a part of the path to write to is "
                                       "a file, not a folder"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _as(error, ShekaraError("target.not_writable", "this program may not write "
                                       "into that folder"))
    reason = os.strerror(exc.errno) if exc.errno else "unknown error"
    return _as(error, ShekaraError("target.unusable", "the place to write to cannot be used "
                                   "({reason})", reason=reason))


def _shown(path: Path) -> str:
    """The file's own name, cut short: never the folder it is in."""
    name = path.name
    return name if len(name) <= 80 else name[:77] + "..."
