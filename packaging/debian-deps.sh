#!/bin/sh
# Install the Debian packages ocgboard needs for PURPOSE, only those missing.
#   venv  - python3's venv module (Debian ships it separately), and what building
#           sqlcipher3 needs (packaging/sqlcipher/build.sh): gcc, the C library's
#           and python3's headers, OpenSSL's libcrypto headers
#   run   - Qt's runtime libraries for a real window (xcb) and fonts
#   test  - the above, plus the tools tests call: pdftoppm/pdftotext, age,
#           minisign, Xvfb for screenshots, faketime (the suite at other dates),
#           CUPS with cups-pdf (a pack printed through a real queue; Debian
#           names the package printer-driver-cups-pdf, which provides cups-pdf),
#           desktop-file-validate (the Linux desktop entry), strace (which
#           program the bundle starts for its helper process), and PostgreSQL's
#           server for the store's suites on PostgreSQL (packaging/postgres/)
# On a machine without apt-get it only reports what it would need.
set -eu

purpose=${1:-run}
QT="libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 fonts-dejavu-core"
XCB="libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxcb-util1"
TOOLS="poppler-utils age minisign xvfb xauth faketime cups printer-driver-cups-pdf desktop-file-utils strace"
# The server, and its extensions (unaccent, pg_trgm) for a hub's search.
PG="postgresql postgresql-contrib"

case "$purpose" in
  venv)
    packages="gcc libc6-dev libssl-dev"
    python3 -c 'import ensurepip, venv' 2>/dev/null || packages="$packages python3-venv"
    python3 -c 'import os, sysconfig
raise SystemExit(not os.path.exists(os.path.join(sysconfig.get_path("include"), "Python.h")))' \
      2>/dev/null || packages="$packages python3-dev" ;;
  run) packages="$QT $XCB" ;;
  test) packages="$QT $XCB $TOOLS $PG" ;;
  *) echo "usage: $0 venv|run|test" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || {
  echo "debian-deps: not a Debian system; make sure these are installed: $packages" >&2
  exit 0
}

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "debian-deps: installing$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
