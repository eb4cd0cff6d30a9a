# PyInstaller's own hook for this Qt module, less the plugins and translations the
# bundle leaves out (qt_parts.py): what is never collected brings no libraries.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_parts import from_hook

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = from_hook(binaries)
datas = from_hook(datas)
