"""The spec ships every resource, keeps only the languages it needs, and excludes no module
the program imports. The spec itself runs here with stand-ins for PyInstaller's build steps."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import bundle_files as bf
import pytest

from tests.packaging.conftest import PACKAGING, ROOT

COLLECTED_BY_HOOKS = [("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
                      ("PySide6/Qt/translations/qtbase_kk.qm", "/x/qtbase_kk.qm", "DATA"),
                      ("babel/locale-data/fr.dat", "/x/fr.dat", "DATA"),
                      ("babel/locale-data/lt.dat", "/x/lt.dat", "DATA")]


class _Step:
    """Stands in for Analysis, PYZ, EXE and COLLECT: keeps what the spec passed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.scripts: list[Any] = []
        self.pure: list[Any] = []
        self.binaries: list[Any] = []
        # Analysis turns (source, folder) pairs into TOC rows (bundle path, source, type).
        self.datas = [(f"{folder}/{Path(src).name}", src, "DATA")
                      for src, folder in kwargs.get("datas", [])]
        if "pathex" in kwargs:  # what PyInstaller's own hooks add for PySide6 and babel
            self.datas += COLLECTED_BY_HOOKS


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run packaging/shekara.spec; returns its globals (a, coll, programs…)."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    scope: dict[str, Any] = {"SPECPATH": str(PACKAGING), "Analysis": _Step, "PYZ": _Step,
                             "EXE": _Step, "COLLECT": _Step, "__file__": "shekara.spec"}
    source = (PACKAGING / "shekara.spec").read_text(encoding="utf-8")
    exec(compile(source, "shekara.spec", "exec"), scope)
    return scope


def _shipped(spec: dict[str, Any]) -> dict[str, str]:
    """bundle path → source file, for the data COLLECT receives."""
    coll = spec["coll"]
    rows = [row for arg in coll.args if isinstance(arg, list) for row in arg]
    return {dest: src for dest, src, kind in rows if kind == "DATA"}


def test_every_resource_file_ships_where_resources_dir_finds_it(spec: dict[str, Any]) -> None:
    shipped = _shipped(spec)
    base = ROOT / "resources"
    on_disk = [p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert on_disk
    missing = [str(p.relative_to(ROOT)) for p in on_disk
               if shipped.get(p.relative_to(ROOT).as_posix()) != str(p)]
    assert not missing, f"resources not in the bundle: {missing}"


def test_the_named_resources_are_there(spec: dict[str, Any]) -> None:
    shipped = set(_shipped(spec))
    reference = {f"resources/reference/{name}.json" for name in (
        "meta", "countries", "checkpoints", "substances", "authorities", "retention", "labels")}
    fonts = {"resources/fonts/NotoSans-Regular.ttf", "resources/fonts/NotoSans-Bold.ttf",
             "resources/fonts/OFL.txt"}
    icons = {"resources/icons/shekara.svg", "resources/icons/shekara.ico",
             *(f"resources/icons/shekara-{size}.png" for size in (16, 32, 48, 256))}
    assert reference | fonts | icons <= shipped


def test_compiled_catalogs_ship_beside_the_ui_module(tmp_path: Path) -> None:
    catalogs = tmp_path / bf.CATALOG_DIR
    catalogs.mkdir(parents=True)
    for lang in ("kk", "lt", "ru"):
        (catalogs / f"shekara_{lang}.qm").write_bytes(b"qm")
    datas = bf.translation_datas(tmp_path)
    assert [Path(src).name for src, _ in datas] == [
        "shekara_kk.qm", "shekara_lt.qm", "shekara_ru.qm"]
    # shekara.ui.i18n.translations_dir() is the folder of its own module, frozen or not.
    assert {dest for _, dest in datas} == {"shekara/ui/translations"}


def test_catalog_folder_is_the_one_the_ui_reads() -> None:
    i18n = ROOT / "desktop" / "shekara" / "ui" / "i18n.py"
    if not i18n.exists():
        pytest.skip("the UI's i18n module is not in this checkout")
    assert 'parent / "translations"' in i18n.read_text(encoding="utf-8")
    assert bf.CATALOG_DIR.parent == Path("desktop", "shekara", "ui")


def test_resource_files_leave_out_caches_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "resources" / "reference" / "__pycache__").mkdir(parents=True)
    (tmp_path / "resources" / "reference" / "__pycache__" / "x.pyc").write_bytes(b"")
    (tmp_path / "resources" / "reference" / ".DS_Store").write_bytes(b"")
    (tmp_path / "resources" / "reference" / "meta.json").write_text("{}")
    assert [p.name for p in bf.resource_files(tmp_path)] == ["meta.json"]


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_kk.qm", True),
    ("PySide6/Qt/translations/qtbase_ru.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qt_kk.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtmultimedia_ru.qm", False),
    ("PySide6\\Qt\\translations\\qtbase_fr.qm", False),
    ("babel/locale-data/kk_KZ.dat", True),
    ("babel/locale-data/lt_LT.dat", True),
    ("babel/locale-data/ru_RU.dat", True),
    ("babel/locale-data/en_GB.dat", True),
    ("babel/locale-data/en_001.dat", True),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/de.dat", False),
    ("babel/locale-data/kkj.dat", False),
    ("babel/global.dat", True),
    ("resources/reference/labels.json", True),
    ("shekara/ui/translations/shekara_kk.qm", True),
])
def test_only_the_programs_languages_are_kept(dest: str, kept: bool) -> None:
    assert bf.keep_data(dest) is kept


def test_the_spec_filters_what_pyinstaller_collected(spec: dict[str, Any]) -> None:
    shipped = set(_shipped(spec))
    assert "PySide6/Qt/translations/qtbase_kk.qm" in shipped
    assert "babel/locale-data/lt.dat" in shipped
    assert "PySide6/Qt/translations/qtbase_de.qm" not in shipped
    assert "babel/locale-data/fr.dat" not in shipped


def test_the_bundle_is_one_folder_named_shekara(spec: dict[str, Any]) -> None:
    assert spec["coll"].kwargs["name"] == "shekara"
    names = [exe.kwargs["name"] for exe in spec["programs"]]
    assert names[0] == "shekara" and spec["programs"][0].kwargs["console"] is True
    if sys.platform == "win32":
        assert names == ["shekara", "shekaraw"]
    else:
        assert names == ["shekara"]
    entry = Path(spec["a"].args[0][0])
    assert entry == PACKAGING / "entry.py" and entry.is_file()
    assert spec["a"].kwargs["pathex"] == [str(ROOT / "desktop")]


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "desktop" / "shekara").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def test_no_module_the_program_imports_is_excluded() -> None:
    excluded = set(bf.QT_EXCLUDES) | set(bf.DEV_EXCLUDES)
    clashes = sorted(name for name in _imported_modules()
                     if name in excluded or name.split(".")[0] in excluded)
    assert not clashes, f"the program imports excluded modules: {clashes}"


def test_the_exclusion_check_sees_qt_imports() -> None:
    """The scan above must see the program's Qt imports, or it would pass on anything."""
    qt = {name for name in _imported_modules() if name.startswith("PySide6.")}
    assert "PySide6.QtCore" in qt


def test_heavy_qt_modules_are_excluded() -> None:
    for name in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia",
                 "QtNetwork"):
        assert f"PySide6.{name}" in bf.QT_EXCLUDES


def test_hidden_imports_name_real_modules() -> None:
    for name in bf.HIDDEN_IMPORTS:
        if name.startswith("shekara."):
            path = ROOT / "desktop" / Path(*name.split("."))
            if name == "shekara.ui.app" and not path.with_suffix(".py").exists():
                continue  # the GUI's entry module; cli/gui.py says so when it is missing
            assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), name
        else:
            __import__(name)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),  # QtPdf needs it
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
    ("PySide6\\Qt\\plugins\\platforms\\libqvnc.so", False),
])
def test_only_the_qt_plugins_a_desktop_uses_are_kept(dest: str, kept: bool) -> None:
    assert bf.keep_binary(dest) is kept


def test_the_spec_strips_and_filters_binaries(spec: dict[str, Any]) -> None:
    assert spec["STRIP"] is (sys.platform != "win32")
    assert all(exe.kwargs["strip"] is spec["STRIP"] for exe in spec["programs"])
    assert spec["coll"].kwargs["strip"] is spec["STRIP"]
    excluded = spec["a"].kwargs["excludes"]
    assert "PIL._avif" in excluded and "PIL" not in excluded  # reportlab imports PIL itself


def test_the_self_test_passes_without_the_excluded_pillow_parts() -> None:
    """The optional excludes are really optional: the program's self-test (which renders a
    report through reportlab, hence Pillow) passes with them blocked, as in the bundle."""
    import os
    import subprocess

    script = (
        "import sys\n"
        f"for name in {bf.OPTIONAL_EXCLUDES!r}: sys.modules[name] = None\n"
        "from shekara.cli import main\n"
        "sys.exit(main(['--self-test']))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=240, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "self-test passed" in done.stdout
