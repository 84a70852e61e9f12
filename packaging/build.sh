#!/usr/bin/env bash
# Build the Linux bundle: dist/shekara/ (run dist/shekara/shekara) and
# dist/shekara-<version>-linux-x86_64.tar.gz. See packaging/README.md.
#
#   bash packaging/build.sh            # from anywhere; needs Python 3.11+ and ~1 GB free
#
# Steps: set up .venv (dev.py), install the pinned versions of packaging/requirements.lock,
# compile the translations, run PyInstaller with packaging/shekara.spec, check the result
# (--version), and pack the tarball. Exit status is non-zero if any step fails.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
START=$(date +%s)

step() { printf '\n== %s\n' "$*"; }

step "virtual environment (.venv)"
python3 -c 'import dev; dev.setup()'

step "pinned dependencies (packaging/requirements.lock)"
"$PY" -m pip install -q --disable-pip-version-check -r packaging/requirements.lock
# Fails when pyproject.toml asks for something the lock does not pin: refresh the lock then.
"$PY" packaging/lock_requirements.py --check

step "translations"
CATALOGS=desktop/shekara/ui/translations
if [ -f tools/build_translations.py ]; then
    "$PY" tools/build_translations.py --compile  # compile only: never rewrites i18n/*.ts
elif compgen -G "i18n/shekara_*.ts" >/dev/null; then
    # No build script yet: the UI's own compiler (pyside6-lrelease) does the same job.
    "$PY" -c 'from shekara.ui.i18n import compile_catalogs; compile_catalogs()'
fi
TS_COUNT=$(compgen -G "i18n/shekara_*.ts" | wc -l || true)
QM_COUNT=$(compgen -G "$CATALOGS/shekara_*.qm" | wc -l || true)
if [ "$QM_COUNT" -lt "$TS_COUNT" ]; then
    echo "only $QM_COUNT of $TS_COUNT catalogs were compiled into $CATALOGS" >&2
    exit 1
fi
echo "$QM_COUNT catalog(s) in $CATALOGS"

step "PyInstaller"
rm -rf dist/shekara build/pyinstaller
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/shekara.spec

step "check"
VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
REPORTED="$(dist/shekara/shekara --version)"
if [ "$REPORTED" != "shekara $VERSION" ]; then
    echo "the bundle reports '$REPORTED', expected 'shekara $VERSION'" >&2
    exit 1
fi
echo "$REPORTED"

step "desktop entry and icons"
# The freedesktop layout inside the bundle, for packaging/install-linux.sh.
SHARE=dist/shekara/share
install -D -m 644 packaging/shekara.desktop "$SHARE/applications/shekara.desktop"
for png in resources/icons/shekara-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -D -m 644 "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/shekara.png"
done
install -D -m 644 resources/icons/shekara.svg "$SHARE/icons/hicolor/scalable/apps/shekara.svg"
install -m 755 packaging/install-linux.sh dist/shekara/install-linux.sh

step "tarball"
TARBALL="dist/shekara-$VERSION-linux-x86_64.tar.gz"
# Sorted names, fixed owner and the last commit's time: the same tree gives the same archive.
EPOCH="$(git log -1 --format=%ct 2>/dev/null || echo 0)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" \
    -C dist -cf - shekara | gzip -n -6 > "$TARBALL"

END=$(date +%s)
step "done"
echo "bundle:  dist/shekara/ ($(du -sm dist/shekara | cut -f1) MB on disk)"
echo "tarball: $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"
echo "time:    $((END - START)) s"
