#!/bin/sh
# The Linux download: the bundle's folder (PyInstaller's dist/ocgboard) with the
# desktop entry and install.sh beside the two programs, as
# ocgboard-VERSION-linux-ARCH.tar.gz. Prints the archive's path.
#   tarball.sh dist/ocgboard dist
set -eu
bundle=$(cd "$1" && pwd)
out=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
version=$("$bundle/ocgboard" --version | awk '{print $NF}')
name="ocgboard-$version-linux-$(uname -m)"

rm -rf "${out:?}/$name" "$out/$name.tar.gz"
mkdir "$out/$name"
# Hard links: the staging copy costs no space and no time.
cp -al "$bundle/." "$out/$name/"
cp "$here/install.sh" "$here/ocgboard.desktop" "$out/$name/"
chmod 755 "$out/$name/install.sh"
tar -C "$out" -czf "$out/$name.tar.gz" "$name"
rm -rf "${out:?}/$name"
echo "$out/$name.tar.gz"
