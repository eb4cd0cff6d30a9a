#!/bin/sh
# Put ocgboard in a Linux desktop's application menu, for the user who runs it:
# the desktop entry and the application icon (SVG, and PNG sizes for desktops
# that do not scale SVG) where freedesktop says to look for them. ocgboard-gui
# must be on the PATH (pip install, or the virtualenv's bin folder on it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../resources/icons/app"
data="${XDG_DATA_HOME:-$HOME/.local/share}"

mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/ocgboard.desktop" "$data/applications/ocgboard.desktop"
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
