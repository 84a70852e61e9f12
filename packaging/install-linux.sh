#!/bin/sh
# Install an unpacked Shekara bundle: a `shekara` command, a menu entry and the icon.
#
#   ./install-linux.sh                 # for this user: ~/.local/bin, ~/.local/share
#   sudo ./install-linux.sh /usr/local # for every user of the laptop
#
# The bundle stays where it was unpacked (e.g. /opt/shekara): the command is a link to it and
# the menu entry names it by its full path. Vaults are not touched: they live in the user's data
# folder (~/.local/share/Shekara/vault), which removing the bundle leaves alone.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${1:-$HOME/.local}"

[ -x "$HERE/shekara" ] || { echo "run this from the unpacked shekara folder" >&2; exit 1; }
mkdir -p "$PREFIX/bin" "$PREFIX/share/applications"
ln -sf "$HERE/shekara" "$PREFIX/bin/shekara"
sed "s|^Exec=shekara\$|Exec=\"$HERE/shekara\"|" "$HERE/share/applications/shekara.desktop" \
    > "$PREFIX/share/applications/shekara.desktop"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$(dirname "$PREFIX/share/$icon")"
    cp "$HERE/share/$icon" "$PREFIX/share/$icon"
done
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "installed: $PREFIX/bin/shekara, menu entry 'Shekara'"
"$HERE/shekara" --version
