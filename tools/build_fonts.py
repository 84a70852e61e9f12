"""Build the static fonts that reports and the GUI embed, from the variable Noto Sans.

Noto Sans ships as one variable font (axes wdth, wght). reportlab embeds TrueType outlines but
cannot pick a named instance of a variable font, so we cut two static instances from it:
Regular (wght 400, wdth 100) and Bold (wght 700, wdth 100). Nothing is subset: reports need
Cyrillic including the Kazakh letters (ә ғ қ ң ө ұ ү һ і), Lithuanian (ą č ę ė į š ų ū ž), the
tenge sign ₸ and the numero sign №, and reference data may grow.

Run from the checkout root (the source font comes from the `fontpkg-noto-sans` package):

    .venv/bin/python tools/build_fonts.py

It writes resources/fonts/NotoSans-Regular.ttf, NotoSans-Bold.ttf and OFL.txt. The output is
committed; this script only needs running when the source font is updated.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

INSTANCES = {"Regular": {"wght": 400, "wdth": 100}, "Bold": {"wght": 700, "wdth": 100}}
ROOT = Path(__file__).resolve().parents[1]


def source_font() -> tuple[Path, Path]:
    """The variable font and its licence inside the installed fontpkg-noto-sans package."""
    import fontpkg_noto_sans  # type: ignore[import-not-found]

    root = Path(fontpkg_noto_sans.ROOT)
    return root / "files" / "NotoSans[wdth,wght].ttf", root / "LICENSE"


def build(out_dir: Path) -> list[Path]:
    variable, licence = source_font()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for style, location in INSTANCES.items():
        font = TTFont(variable)
        static = instancer.instantiateVariableFont(font, location, updateFontNames=True)
        target = out_dir / f"NotoSans-{style}.ttf"
        static.save(target)
        written.append(target)
    shutil.copyfile(licence, out_dir / "OFL.txt")
    written.append(out_dir / "OFL.txt")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    args = parser.parse_args()
    for path in build(args.out):
        print(path, path.stat().st_size)


if __name__ == "__main__":
    main()
