"""Which parts of Qt the bundle carries, for the spec and the Qt hooks beside it.

PyInstaller's Qt hooks collect every plugin of a Qt module, and then every
library those plugins load (the GTK theme brings GTK, the virtual keyboard
brings QML). The hooks in hooks/ run PyInstaller's own and keep only what is
named here, so what is left out never brings its libraries in.
"""

from __future__ import annotations

from pathlib import PurePath

# By plugin folder; None keeps the folder whole. Platforms: X11 and offscreen on
# Linux (a Wayland desktop runs the app through XWayland), Windows' and macOS's
# own; SVG icons and images (PNG is built into Qt); printing (CUPS); input
# methods for typing Ș or Đ; the desktop portal's file dialogs; Qt's styles.
PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa", "qdirect2d"},
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    "printsupport": None,
    "xcbglintegrations": None,
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "platformthemes": {"qxdgdesktopportal"},
    "styles": None,
}


def kept(path: str) -> bool:
    """Whether a file Qt's hooks collect, by where it goes in the bundle, is
    wanted: no plugin outside PLUGINS, and no translations (the app installs no
    translator: its words are English, and so are Qt's own)."""
    parts = PurePath(path.replace("\\", "/")).parts
    if "translations" in parts:
        return False
    if "plugins" not in parts or len(parts) < parts.index("plugins") + 3:
        return True
    folder = parts[parts.index("plugins") + 1]
    if folder not in PLUGINS:
        return False
    keep = PLUGINS[folder]
    stem = parts[-1].split(".")[0].removeprefix("lib")
    return keep is None or stem in keep or stem.removesuffix("d") in keep


def from_hook(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's (source file, folder in the bundle) pairs that are kept."""
    return [(src, dest) for src, dest in pairs if kept(f"{dest}/{PurePath(src).name}")]
