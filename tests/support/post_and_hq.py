"""A post and its HQ that trust each other's keys, on real vaults: what every test of packets
between them starts from."""

from __future__ import annotations

from pathlib import Path

from shekara.packets import enrollment
from shekara.services import keys
from shekara.vault.vault import Vault


def make_post_and_hq(root: Path, *, post_code: str, officer: str, passphrase: str,
                     hq_code: str = "HQ-KZ") -> tuple[Vault, Vault]:
    """Vaults `root/post` and `root/hq` (Kazakhstan), each with its keys, the post trusting the
    HQ's and the HQ the post's; one supervisor `officer` in both, four eyes off at the post
    (one officer plays every part)."""
    post, _ = Vault.create(root / "post", mode="post", party="KZ", post_code=post_code,
                           officer=officer, passphrase=passphrase)
    post.set_setting("four_eyes", "0")
    central, _ = Vault.create(root / "hq", mode="hq", party="KZ", post_code=hq_code,
                              officer=officer, passphrase=passphrase)
    keys.create_own_keys(post)
    keys.create_own_keys(central)
    keys.import_hq_keys(post, enrollment.make_hq_keys(keys.own_keys(central)))
    keys.enroll(central, enrollment.make_enrollment(keys.own_keys(post)))
    return post, central
