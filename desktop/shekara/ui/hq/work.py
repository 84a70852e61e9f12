"""HQ's work off the GUI thread: importing packet files one by one, reading the posts' status,
writing an acknowledgement. Each runs in a worker under the session lock."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shekara.packets.writer import PACKET_SUFFIX
from shekara.services import acks, hq, keys
from shekara.services.hq import ImportOutcome, PostStream
from shekara.services.packet_io import SentPacket
from shekara.services.session import Session
from shekara.ui import ops

RECORDS_MARK = "-records-"


@dataclass
class ImportRun:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)  # the file of each outcome
    stopped: bool = False  # the person pressed Stop: the files after these were not touched
    left: int = 0  # files not imported because of the stop


def packet_files_in(folder: Path) -> tuple[list[Path], int]:
    """The records packets in a folder (a stick), in name order — which is sequence order per
    post — and how many other .shk files (HQ's own acks, reference data) were left out."""
    try:
        entries = [p for p in folder.iterdir() if p.is_file() and p.suffix == PACKET_SUFFIX
                   and not p.name.startswith(".")]
    except OSError:
        return [], 0
    packets = sorted(p for p in entries if RECORDS_MARK in p.name)
    return packets, len(entries) - len(packets)


def import_paths(session: Session, paths: list[Path], progress: ops.Progress) -> ImportRun:
    run = ImportRun()
    for done, path in enumerate(paths):
        if progress.cancelled:
            run.stopped, run.left = True, len(paths) - done
            return run
        progress.report(done, len(paths), path.name)
        outcomes = hq.import_files(session.vault, session.ref, [path])
        run.outcomes += outcomes
        run.paths += [path] * len(outcomes)
    progress.report(len(paths), len(paths), "")
    return run


@dataclass(frozen=True)
class Overview:
    streams: list[PostStream]
    enrolled: list[str]


def read_overview(session: Session) -> Overview:
    return Overview(hq.status(session.vault), keys.enrolled_posts(session.vault))


@dataclass(frozen=True)
class AckWritten:
    sent: SentPacket
    acknowledged: int  # record versions the ack confirms (cumulative)
    imported_through: int
    gaps: list[int]
    held: list[int]
    refused: int


def write_ack(session: Session, post: str, directory: Path) -> AckWritten:
    sent, ack = acks.write_ack(session.vault, post, directory)
    return AckWritten(sent, len(ack.acks), ack.imported_through, list(ack.gaps),
                      list(ack.held), len(ack.refused))
