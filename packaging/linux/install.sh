#!/bin/sh
# Put ocgboard in a Linux desktop's application menu, for the user who runs it:
# the desktop entry and the application icon (SVG, and PNG sizes for desktops
# that do not scale SVG) where freedesktop says to look for them.
#
# From an unpacked bundle (ocgboard-gui beside this script) the entry starts that
# ocgboard-gui, wherever the folder is, and `ocgboard` and `ocgboard-gui` are
# linked into ~/.local/bin; run it again after moving the folder. From a checkout
# (packaging/linux/) ocgboard-gui must be on the PATH (pip install, or the
# virtualenv's bin folder on it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$here/ocgboard.desktop"

if [ -x "$here/ocgboard-gui" ] && [ -d "$here/_internal/resources" ]; then
    bundle=$here
    icons="$here/_internal/resources/icons/app"
else
    bundle=""
    icons="$here/../../resources/icons/app"
fi

mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
if [ -n "$bundle" ]; then
    # The desktop entry's Exec quotes the path; these characters would need
    # escapes of their own in it.
    case "$bundle" in
        *[\"\`\$\\%\|\&]*) echo "install.sh: move the folder to a path without \" \` \$ \\ % | or &: $bundle" >&2
                       exit 1 ;;
    esac
    sed -e "s|^Exec=.*|Exec=\"$bundle/ocgboard-gui\" %f|" \
        "$entry" > "$data/applications/ocgboard.desktop"
    bin="${XDG_BIN_HOME:-$HOME/.local/bin}"
    mkdir -p "$bin"
    ln -sf "$bundle/ocgboard" "$bin/ocgboard"
    ln -sf "$bundle/ocgboard-gui" "$bin/ocgboard-gui"
else
    cp "$entry" "$data/applications/ocgboard.desktop"
fi
cp "$icons/ocgboard.svg" "$data/icons/hicolor/scalable/apps/ocgboard.svg"
for png in "$icons"/ocgboard-*.png; do
    size=${png##*/ocgboard-}
    size=${size%.png}
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$data/icons/hicolor/${size}x${size}/apps/ocgboard.png"
done
# Menus read new entries at once where these tools are installed; elsewhere at the
# next login.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
fi
echo "ocgboard added to the applications menu ($data/applications/ocgboard.desktop)"
if [ -n "$bundle" ]; then
    echo "ocgboard and ocgboard-gui linked into $bin (put it on your PATH if it is not)"
fi
