"""The demo's HQ: a small HQ installation beside the demo post, so the whole round trip can be
tried in the window — export, the transmittal sheet, HQ's signed acknowledgement, and the post
taking it back (issue 10).

Everything runs through the services a real HQ and a real post use: the post pins HQ's keys
file (`keys.import_hq_keys`, as if the supervisor had compared the fingerprint on paper), HQ
enrolls the post's enrollment file (`keys.enroll`), imports the packets found in the folder
(`hq.import_files`: signature, sequence, decryption, validation) and writes its acknowledgement
into that folder (`acks.write_ack`). The post then imports that file through its ordinary
"Import acknowledgement" screen. Nothing here is a shortcut around a check.

When things happen, and why:
- HQ's keys are made together with the demo post (two key pairs: milliseconds) and pinned
  there at once, so the export wizard of a fresh demo counts and writes a packet.
- HQ's vault is made only when the demo HQ is first asked to acknowledge. Making a vault costs
  one Argon2id key slot at the calibrated cost (~0.5 s here), and the demo's first launch —
  `dev.py run` to a usable unlock screen — must not wait for a vault nobody may open. Until
  then the keys wait in memory (`DemoHq.keys`), and the new HQ vault stores them as its own
  packet keys. A real HQ makes its keys inside its vault; the demo only moves the moment they
  are stored. The demo folder (and this vault in it) is deleted when Shekara closes.
- The HQ vault's one officer uses the demo's public passphrase: `shekara --vault
  <demo folder>/demo-hq` opens it while the demo runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from shekara.errors import InputError
from shekara.packets import enrollment
from shekara.packets.keys import PrivateKeys
from shekara.packets.writer import PACKET_SUFFIX
from shekara.services import keys
from shekara.services.hq import ImportOutcome
from shekara.services.session import Session
from shekara.vault import keyslots
from shekara.vault.connection import DB_FILE
from shekara.vault.vault import Vault

HQ_FOLDER = "demo-hq"  # beside the demo post's vault folder, inside the demo folder
DEMO_HQ_CODES = {"KZ": "HQ-KZ-DEMO", "LT": "HQ-LT-DEMO"}
DEMO_HQ_OFFICER = "demo.hq"


@dataclass(frozen=True)
class DemoHq:
    directory: Path
    party: str
    code: str
    officer: str
    passphrase: str
    keys: PrivateKeys = field(repr=False)  # HQ's packet keys until its vault stores them

    @property
    def exists(self) -> bool:
        return (self.directory / DB_FILE).exists()


@dataclass(frozen=True)
class DemoAck:
    """What the demo HQ did with a folder: each packet's import outcome and the ack it wrote."""

    outcomes: list[ImportOutcome]
    ack_path: Path
    ack_seq: int
    versions: int  # record versions HQ holds from the post, as the ack lists them


def plan_demo_hq(post_directory: Path, party: str, passphrase: str) -> DemoHq:
    """The demo HQ of a demo post in `post_directory`: its place and its (new) keys; its
    officer's passphrase is the demo's public one."""
    code = DEMO_HQ_CODES[party]
    return DemoHq(post_directory.parent / HQ_FOLDER, party, code, DEMO_HQ_OFFICER, passphrase,
                  PrivateKeys.generate(code, party, "hq"))


def trust_demo_hq(post: Vault, hq: DemoHq) -> keys.KeyChange:
    """At the demo post (a supervisor's vault): pin the demo HQ's keys file, as `keys
    import-hq` does after the fingerprint was compared with HQ's printed sheet."""
    return keys.import_hq_keys(post, enrollment.make_hq_keys(hq.keys))


def post_packets(folder: Path, post_code: str) -> list[Path]:
    """The records packets of `post_code` in `folder`, by sequence number (names are
    `shekara-<post>-records-<seq>.shk`, packets/writer.py)."""
    pattern = re.compile(
        rf"^shekara-{re.escape(post_code)}-records-(\d+){re.escape(PACKET_SUFFIX)}\Z")
    found: list[tuple[int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise InputError("demo.folder_unreadable", "cannot read the folder {name}: {reason}",
                         name=folder.name, reason=exc.strerror or "I/O error") from None
    for path in entries:
        matched = pattern.match(path.name)
        if matched and path.is_file():
            found.append((int(matched.group(1)), path))
    return [path for _, path in sorted(found)]


def acknowledge_folder(hq: DemoHq, post: Session, folder: Path) -> DemoAck:
    """The demo HQ imports every packet of the post in `folder` and writes its
    acknowledgement there. Refused when the folder holds no packet of this post."""
    packets = post_packets(folder, post.vault.post_code)
    if not packets:
        raise InputError("demo.no_packet", "the folder {name} holds no packet of post {post}: "
                         "export one there first (Post > Export packet to a stick)",
                         name=folder.name, post=post.vault.post_code)
    return acknowledge(hq, post, packets, folder)


def acknowledge(hq: DemoHq, post: Session, packets: list[Path], folder: Path) -> DemoAck:
    """The demo HQ imports `packets` (HQ's real import) and writes its signed acknowledgement
    for the post into `folder`. `post` is the open demo post: its enrollment file is what HQ
    enrolls when its vault is made."""
    with _open_hq(hq, keys.enrollment_file(post.vault), post) as session:
        outcomes = session.hq.import_files(packets)
        sent, ack = session.acks.write_ack(post.vault.post_code, folder)
    return DemoAck(outcomes, sent.path, sent.seq, len(ack.acks))


def _open_hq(hq: DemoHq, post_enrollment: bytes, post: Session) -> Session:
    """The demo HQ's vault, made on first use (see the module docstring), holding the keys the
    post trusts and with the post enrolled."""
    if hq.exists:
        vault = Vault.open(hq.directory, hq.officer, hq.passphrase)
    else:
        with keyslots.demo_slots():  # a public passphrase: see keyslots.DEMO
            vault, _recovery = Vault.create(hq.directory, mode="hq", party=hq.party,
                                            post_code=hq.code, officer=hq.officer,
                                            passphrase=hq.passphrase)
    try:
        if vault.secret(keys.OWN_KEYS) is None:  # new (or made by a run stopped right here)
            with vault.transaction():
                # The keys the post already trusts become this HQ's own, stored as
                # keys.create_own_keys stores new ones.
                vault.set_secret(keys.OWN_KEYS, hq.keys.to_private_json())
        session = Session(vault, post.ref)
        keys.enroll(session.vault, post_enrollment)  # "already" once enrolled
    except BaseException:
        vault.lock()
        raise
    return session
