#!/bin/sh
# The Linux download, tried as a chair would use it: unpacked in a clean folder
# and run with nothing of the developer's (no virtualenv, no Python path, a home
# of its own), two laptops each with its own OCGBOARD_HOME.
#   smoke.sh TARBALL ARTEFACTS [SCALE]
# The chair's laptop (a passphrase: SQLCipher and Argon2id in the bundle) makes a
# demo board (SCALE, default force), prints the planned meeting's pack and
# exports a full replica; the deputy's laptop joins from it, a load big enough
# to be stored by the helper process (ocgboard/sync/staged_log.py), which must
# be the bundle's own executable (seen with strace), and verifies it. Then the
# bundle's app opens the deputy's board under Xvfb, and its window is saved in
# ARTEFACTS with the pack; last, install.sh puts the desktop entry in place.
set -eu
tarball=$(realpath "$1")
artefacts=$(realpath -m "$2")
scale=${3:-force}
started=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/ocgboard-smoke-XXXXXX")
passed=0
current=""
finish() {
    status=$?
    rm -rf "$work"
    [ "$status" -eq 0 ] || echo "bundle-smoke: $passed passed, 1 failed (at: $current)"
}
trap finish EXIT
mkdir -p "$artefacts" "$work/home" "$work/tmp"
rm -f "$artefacts/bundle-window.png" "$artefacts/bundle-window.png.json" "$artefacts/pack.pdf"

step() {
    [ -z "$current" ] || passed=$((passed + 1))
    current=$*
    echo "== $(( $(date +%s) - started )) s: $*"
}
fail() { echo "bundle smoke test FAILED: $*" >&2; exit 1; }
# Only what a desktop session has: no VIRTUAL_ENV, PYTHONPATH or venv on PATH.
clean() {
    env -i HOME="$work/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
        TMPDIR="$work/tmp" "$@"
}

step "unpack $(basename "$tarball") in $work"
tar -C "$work" -xzf "$tarball"
app=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'ocgboard-*')
[ -x "$app/ocgboard" ] && [ -x "$app/ocgboard-gui" ] || fail "no ocgboard and ocgboard-gui in $app"
cd "$work"
chair="OCGBOARD_HOME=$work/chair OCGBOARD_PASSPHRASE_FILE=$work/chair.pass"
deputy="OCGBOARD_HOME=$work/deputy OCGBOARD_NO_PASSPHRASE=1"
printf 'correct horse battery staple\n' > chair.pass
printf 'read out by phone, never emailed\n' > exchange.pass

clean "$app/ocgboard" --version
step "chair: init, demo --scale $scale"
clean env $chair "$app/ocgboard" init --board "Northshire OCG Partnership Board" \
    --area Northshire --operator "DCI Hartley" --device-name "Chair laptop"
clean env $chair "$app/ocgboard" demo --scale "$scale"

step "chair: the planned meeting's pack"
meeting=$(clean env $chair "$app/ocgboard" meeting list --json | awk -F'"' '
    /"starts_at"/ { day = substr($4, 1, 10) }
    /"status": "planned"/ { print day; exit }')
[ -n "$meeting" ] || fail "the demo board has no planned meeting"
clean env $chair "$app/ocgboard" pack "$meeting" -o pack.pdf
pdftotext pack.pdf - | grep -q "meeting pack" || fail "the pack has no title page"
pdffonts pack.pdf | grep -q DejaVuSans || fail "the pack does not embed DejaVu"
cp pack.pdf "$artefacts/pack.pdf"

step "chair: a full replica for the deputy's laptop"
clean env $chair "$app/ocgboard" export --full --passphrase-file exchange.pass -o replica.ocgx

step "deputy: join from the replica (the change log stored by a helper process)"
clean env $deputy strace -f -qq -e trace=execve -o execs.txt \
    "$app/ocgboard" join replica.ocgx --passphrase-file exchange.pass \
    --laptop "Deputy laptop" --operator "DI Ann Lee" --yes | tee joined.txt
records=$(sed -n 's/.*: \([0-9,]*\) changes new to this laptop.*/\1/p' joined.txt | tr -d ,)
[ -n "$records" ] || fail "the join did not say how many changes it took"
grep -q "execve(\"$app/ocgboard\", \[.*\"--ocgboard-helper\", \"ocgboard.sync.staged_log\"\]" \
    execs.txt || fail "the import's helper process was not the bundle's ocgboard"
echo "imported $records change records; helper process: $app/ocgboard --ocgboard-helper"
clean env $deputy "$app/ocgboard" verify

step "deputy: the app on the board under Xvfb"
status=0
clean env $deputy OCGBOARD_SNAPSHOT="$artefacts/bundle-window.png" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app/ocgboard-gui" || status=$?
[ "$status" -eq 0 ] || fail "ocgboard-gui ended with status $status"
[ -s "$artefacts/bundle-window.png" ] || fail "no picture of the window"
grep -q '"platform": "xcb"' "$artefacts/bundle-window.png.json" || fail "not an X11 window"
grep -q 'Northshire OCG Partnership Board' "$artefacts/bundle-window.png.json" \
    || fail "the window is not the board's"
echo "window saved: $artefacts/bundle-window.png"

step "install.sh: the desktop entry"
clean XDG_DATA_HOME="$work/share" sh "$app/install.sh"
desktop="$work/share/applications/ocgboard.desktop"
grep -q "^Exec=\"$app/ocgboard-gui\" %f" "$desktop" || fail "the entry does not start the bundle"
[ -f "$work/share/icons/hicolor/scalable/apps/ocgboard.svg" ] || fail "no icon installed"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$desktop"; fi
[ "$(readlink "$work/home/.local/bin/ocgboard")" = "$app/ocgboard" ] || fail "ocgboard not linked"

step "bundle smoke test passed in $(( $(date +%s) - started )) s ($records records imported)"
echo "bundle-smoke: $passed passed, 0 failed"
