"""Screenshots of the export wizard, the acknowledgement import, the HQ screens and the key
screens in Kazakh and Lithuanian, from real widgets over a real post vault and HQ vault (a
temporary folder, removed afterwards):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.export.screenshots docs/screenshots

Writes export-{destination,contents,failed,done}-<lang>.png, ack-import-<lang>.png,
hq-{import,import-check,import-check-none,posts,write-ack}-<lang>.png (import-check: the stick's
files against their transmittal sheets, one sheet found, one found in none),
keys-{post,confirm,hq}-<lang>.png,
hq-held-<lang>.png and hq-held-discard-<lang>.png (a packet held behind a gap and a fork from a
copy of the post's vault, then the reason form for the fork),
keys-{rotate,rotated,renew}-<lang>.png (new keys: the post's explanation and its outcome, HQ's),
export-restored-<lang>.png (a restored vault waiting for HQ's acknowledgement) and
export-done-demo-<lang>.png (the demo: its HQ has just acknowledged the packet),
outbox-<lang>.png and outbox-refused-<lang>.png (Post > Packets in the outbox…: a packet written
again to a second stick, then one refused on a full stick), outbox-missing-<lang>.png (the
outbox opened from an acknowledgement that says packets 2 and 3 are missing, both written again
in one go), inspect-<lang>.png and inspect-altered-<lang>.png (Post > Inspect a packet file…:
the post's own packet, its signature verified; then a copy of it with one byte of the body
changed, not verified, with the reason). Names after the folder (export, hq, keys, restored,
demo, held, outbox, missing, inspect) make only those.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import shekara.ui  # noqa: F401 - the refcount guard before any Qt call
from shekara.reports.qr import PacketRef
from shekara.services.drives import Drive
from shekara.ui import i18n, theme
from shekara.ui.export import AckImportDialog, ExportWizard, OutboxDialog
from shekara.ui.hq.ack_dialog import WriteAckDialog
from shekara.ui.hq.held import HqHeldDialog
from shekara.ui.hq.import_dialog import HqImportDialog
from shekara.ui.hq.overview import PostsOverviewDialog
from shekara.ui.inspect.dialog import PacketInspectDialog
from shekara.ui.keys.hq_keys import HqKeysDialog
from shekara.ui.keys.post_keys import PostKeysDialog
from tests.support.fast_kdf import install as install_test_kdf
from tests.ui.export.test_ack_resend import missing_two_and_three
from tests.ui.export.test_export_after_restore import restore_post
from tests.ui.export.test_export_wizard import Failing
from tests.ui.export.world import PASSPHRASE, POST, SUPERVISOR, World

install_test_kdf()

LANGUAGES = ("kk", "lt", "ru", "en")


def spin(ms: int = 150, until: Callable[[], bool] | None = None, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    start = time.monotonic()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        done = until() if until else (time.monotonic() - start) * 1000 >= ms
        if done or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def shoot(widget: QWidget, out: Path, name: str, lang: str) -> None:
    widget.show()
    spin(200)
    path = out / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    print(path)


def export_shots(world: World, out: Path, lang: str) -> None:
    world.approved(4, seed=21)
    wizard = ExportWizard(world.post, list_drives=world.drives, opener=Failing(200, errno.ENOSPC))
    wizard.show()
    spin(until=lambda: wizard.state.directory() is not None)
    shoot(wizard, out, "export-destination", lang)
    wizard.next()
    spin(until=lambda: wizard.contents_page.contents is not None)
    shoot(wizard, out, "export-contents", lang)
    wizard.next()
    spin(until=lambda: wizard.write_page.failure is not None)
    shoot(wizard, out, "export-failed", lang)
    wizard.state.opener = None
    wizard.write_page.retry_button.click()
    spin(until=lambda: wizard.state.written is not None)
    shoot(wizard, out, "export-done", lang)
    wizard.close()


def hq_shots(world: World, out: Path, lang: str) -> None:
    packets = sorted(p for p in world.stick.iterdir() if p.suffix == ".shk")
    for seed in (31, 32, 33):
        world.approved(2, seed=seed)
        packets.append(world.export().path)
    junk = world.stick / "shekara-KZ-NUR-ZHOLY-records-000099.shk"
    junk.write_bytes(b"not a packet")
    importer = HqImportDialog(world.hq, list_drives=world.drives)
    importer.show()
    sheet_check_shots(importer, packets, out, lang)
    importer.import_files([packets[0], packets[0], packets[3], packets[1], junk])
    spin(until=lambda: not importer.busy and importer.model.rowCount() == 5)
    importer.view.selectRow(0)  # imported: its sheet can be printed
    shoot(importer, out, "hq-import", lang)
    importer.close()
    overview = PostsOverviewDialog(world.hq, list_drives=world.drives)
    overview.show()
    spin(until=lambda: overview.model.rowCount() == 1)
    shoot(overview, out, "hq-posts", lang)
    overview.close()
    writer = WriteAckDialog(world.hq, post=POST, list_drives=world.drives)
    writer.show()
    spin(until=writer.write_button.isEnabled)
    writer.write()
    spin(until=lambda: writer.outcome is not None)
    shoot(writer, out, "hq-write-ack", lang)
    writer.close()
    ack = writer.outcome.sent.path if writer.outcome else None
    taker = AckImportDialog(world.post, list_drives=world.drives)
    taker.show()
    if ack is not None:
        taker.import_file(ack)
        spin(until=lambda: taker.outcome is not None or taker.error is not None)
    shoot(taker, out, "ack-import", lang)
    taker.close()


def sheet_check_shots(importer: HqImportDialog, packets: list[Path], out: Path,
                      lang: str) -> None:
    """The stick's files against their transmittal sheets: one sheet's QR code scanned and its
    file found, then a sheet whose SHA-256 was changed by one digit, found in none."""
    spin(until=lambda: importer._start is not None)
    check = importer.open_sheet_check()
    spin(until=lambda: not check.hashing)
    digest = hashlib.sha256(packets[1].read_bytes()).hexdigest()
    check.qr_edit.setText(PacketRef(POST, 2, digest).text())
    check.check_sheet()
    shoot(check, out, "hq-import-check", lang)
    wrong = digest[:-1] + ("0" if digest[-1] != "0" else "1")
    check.qr_edit.setText(PacketRef(POST, 3, wrong).text())
    check.check_sheet()
    shoot(check, out, "hq-import-check-none", lang)
    check.close()


def held_shots(work: Path, out: Path, lang: str) -> None:
    """HQ > Held and quarantined packets… over a world of its own: packet 3 held (2 is
    missing) and a second packet 1 written by a copy of the post's vault, the fork selected;
    then the reason form for it."""
    from shekara.demo.samples import generate_records
    from shekara.services import export
    from shekara.services.session import Session
    from shekara.vault.vault import Vault

    world = World(work / "held")
    try:
        world.link()
        world.post.close()
        shutil.copytree(world.root / "post", world.root / "clone")
        clone = Session(Vault.open(world.root / "clone", SUPERVISOR, PASSPHRASE))
        world.post = Session(Vault.open(world.root / "post", SUPERVISOR, PASSPHRASE))
        try:
            paths = []
            for seed in (51, 52, 53):
                world.approved(2, seed=seed)
                paths.append(world.export().path)
            other = world.root / "other"
            other.mkdir()
            ids = clone.records.add(list(generate_records(1, seed=59, party="KZ")))
            clone.records.approve(ids[0])
            forked = export.export(clone.vault, other).path
        finally:
            clone.close()
        world.hq_import(paths[0], forked, paths[2])
        screen = HqHeldDialog(world.hq)
        screen.resize(1180, 520)
        screen.show()
        spin(until=lambda: not screen.loading and screen.model.rowCount() == 2)
        fork = next(r for r, row in enumerate(screen.model.rows()) if row.state == "fork")
        screen.view.selectRow(fork)
        shoot(screen, out, "hq-held", lang)
        form = screen.open_discard()
        if form is not None:
            form.reason.setText({"kk": "Бекет көшірілген ноутбукты растады",
                                 "lt": "Postas patvirtino nukopijuotą nešiojamąjį kompiuterį",
                                 "ru": "Пост подтвердил скопированный ноутбук"}.get(
                                     lang, "The post confirmed a copied laptop"))
            shoot(form, out, "hq-held-discard", lang)
            form.reject()
        screen.close()
    finally:
        world.close()


def key_shots(world: World, out: Path, lang: str) -> None:
    post = PostKeysDialog(world.post, list_drives=world.drives)
    post.show()
    post.write_enrollment(world.stick / "enrollment.json")
    spin(until=lambda: bool(post.status.text()))
    shoot(post, out, "keys-post", lang)
    # The paper check, as an HQ analyst sees it for a second post's file.
    other = World(world.root / "second")
    try:
        hq_screen = HqKeysDialog(world.hq, list_drives=world.drives)
        hq_screen.show()
        spin(until=lambda: not hq_screen.loading)
        hq_screen.enroll_file(other.enrollment_file())
        spin(until=lambda: hq_screen.confirm_dialog is not None)
        confirm = hq_screen.confirm_dialog
        assert confirm is not None
        confirm.same.setChecked(True)
        shoot(confirm, out, "keys-confirm", lang)
        confirm.reject()
        hq_screen.select_post(POST)
        shoot(hq_screen, out, "keys-hq", lang)
        renew = hq_screen.rotation.open_rotation(rewrite=False)
        assert renew is not None
        spin(until=lambda: renew.chooser.directory() is not None)
        shoot(renew, out, "keys-renew", lang)
        renew.reject()
        hq_screen.close()
    finally:
        other.close()
    rotate = post.rotation.open_rotation(rewrite=False)
    assert rotate is not None
    spin(until=lambda: rotate.chooser.directory() is not None)
    shoot(rotate, out, "keys-rotate", lang)
    directory = rotate.chooser.directory()
    assert directory is not None
    rotate.write(directory)  # as after Yes in the question
    spin(until=lambda: rotate.written is not None or rotate.error is not None)
    shoot(rotate, out, "keys-rotated", lang)
    rotate.reject()
    post.close()


def restored_shots(world: World, out: Path, lang: str) -> None:
    """The contents page of a vault restored from a backup, HQ's acknowledgement not yet
    imported: the notice, and the supervisor's tick (off)."""
    restore_post(world)
    world.approved(2, seed=41)
    wizard = ExportWizard(world.post, list_drives=world.drives)
    wizard.show()
    spin(until=lambda: wizard.state.directory() is not None)
    wizard.next()
    spin(until=lambda: wizard.contents_page.contents is not None)
    shoot(wizard, out, "export-restored", lang)
    wizard.close()


def demo_shots(work: Path, out: Path, lang: str) -> None:
    """The export's last page in the demo, after the demo HQ acknowledged the packet."""
    from shekara.demo.samples import DEMO_OFFICERS, DEMO_PASSPHRASE
    from shekara.demo.vault import create_demo_vault
    from shekara.services.session import open_session

    demo = create_demo_vault(work / "demo" / "vault", count=40)
    stick = work / "demo-stick"
    stick.mkdir()

    def drives() -> list[Drive]:
        return [Drive(stick, "SHEKARA", "/dev/sdb1", 3_000_000_000, 7_800_000_000)]

    with open_session(demo.directory, DEMO_OFFICERS[0][0], DEMO_PASSPHRASE) as session:
        wizard = ExportWizard(session, list_drives=drives, demo_hq=demo.hq)
        wizard.resize(760, 640)
        wizard.show()
        spin(until=lambda: wizard.state.directory() is not None)
        wizard.next()
        spin(until=lambda: wizard.contents_page.contents is not None)
        wizard.next()
        spin(until=lambda: wizard.state.written is not None)
        panel = wizard.done_page.demo_panel
        assert panel is not None
        panel.ack_button.click()
        spin(until=lambda: panel.result is not None or panel.error is not None)
        shoot(wizard, out, "export-done-demo", lang)
        wizard.close()
        spin(100)


def outbox_shots(work: Path, out: Path, lang: str) -> None:
    """Three packets the HQ has not acknowledged; the second written again to a spare stick;
    then the first refused on a full one."""
    (work / "outbox").mkdir()
    world = World(work / "outbox").link()
    try:
        _outbox_shots(world, out, lang)
    finally:
        world.close()


def _outbox_shots(world: World, out: Path, lang: str) -> None:
    for seed in (51, 52, 53):
        world.approved(2, seed=seed)
        world.export()
    spare = world.root / f"spare-{lang}"
    spare.mkdir()

    def drives() -> list[Drive]:
        return [Drive(spare, "SPARE", "/dev/sdc1", 3_000_000_000, 7_800_000_000)]

    dialog = OutboxDialog(world.post, list_drives=drives)
    dialog.show()
    spin(until=lambda: not dialog.loading and dialog.chooser.directory() is not None)
    dialog.view.selectRow(1)
    dialog.write_again()
    spin(until=lambda: not dialog.busy and not dialog.loading)
    shoot(dialog, out, "outbox", lang)
    dialog.opener = Failing(200, errno.ENOSPC)
    dialog.view.selectRow(0)
    dialog.write_again()
    spin(until=lambda: not dialog.busy)
    shoot(dialog, out, "outbox-refused", lang)
    dialog.close()


def inspect_shots(world: World, out: Path, lang: str) -> None:
    """The post's own packet on the stick, verified; then a copy on another stick with one
    byte of its encrypted body changed: the header as claimed, in red, and why."""
    world.approved(2, seed=61)
    packet = world.export().path
    dialog = PacketInspectDialog(world.post, list_drives=world.drives)
    dialog.show()
    dialog.inspect(packet)
    spin(until=lambda: not dialog.busy)
    shoot(dialog, out, "inspect", lang)
    copy = world.root / f"copy-{lang}" / packet.name
    copy.parent.mkdir()
    altered = bytearray(packet.read_bytes())
    altered[-10] ^= 1
    copy.write_bytes(bytes(altered))
    dialog.inspect(copy)
    spin(until=lambda: not dialog.busy)
    shoot(dialog, out, "inspect-altered", lang)
    dialog.close()


def missing_shots(work: Path, out: Path, lang: str) -> None:
    """HQ's acknowledgement says packets 2 and 3 are missing: Write the missing packets
    again… opens the outbox with them selected, and both are written to a spare stick."""
    (work / "missing").mkdir()
    world = World(work / "missing").link()
    try:
        missing_two_and_three(world)
        spare = world.root / f"spare-{lang}"
        spare.mkdir()

        def drives() -> list[Drive]:
            return [Drive(spare, "SPARE", "/dev/sdc1", 3_000_000_000, 7_800_000_000)]

        ack_path = world.ack_file()
        taker = AckImportDialog(world.post, list_drives=drives)
        taker.show()
        taker.import_file(ack_path)
        spin(until=lambda: taker.outcome is not None or taker.error is not None)
        outbox = taker.write_missing_again()
        if outbox is not None:
            spin(until=lambda: not outbox.loading and outbox.chooser.directory() is not None)
            outbox.write_again()
            spin(until=lambda: not outbox.busy and not outbox.loading)
            shoot(outbox, out, "outbox-missing", lang)
            outbox.reject()
        taker.close()
    finally:
        world.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    wanted = set(sys.argv[2:]) or {"export", "hq", "keys", "restored", "demo", "held",
                                    "outbox", "missing", "inspect"}
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["shekara"])
    theme.register_fonts(app)  # type: ignore[arg-type]
    i18n.ensure_catalogs()
    translations = i18n.Translations(app)
    for lang in LANGUAGES:
        translations.set_language(lang)
        work = Path(tempfile.mkdtemp(prefix="shekara-shots-"))
        world = World(work)
        try:
            world.link()
            if wanted & {"export", "hq"}:
                export_shots(world, out, lang)
            if "hq" in wanted:
                hq_shots(world, out, lang)
            if "keys" in wanted:
                key_shots(world, out, lang)
            if "restored" in wanted:
                world.approved(1, seed=40)
                world.export()
                restored_shots(world, out, lang)
            if "demo" in wanted:
                demo_shots(work, out, lang)
            if "held" in wanted:
                held_shots(work, out, lang)
            if "outbox" in wanted:
                outbox_shots(work, out, lang)
            if "inspect" in wanted:
                inspect_shots(world, out, lang)


            if "missing" in wanted:
                missing_shots(work, out, lang)
        finally:
            world.close()
            shutil.rmtree(work, ignore_errors=True)
    translations.set_language("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
