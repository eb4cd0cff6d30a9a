#!/bin/sh
# sqlcipher3 for ocgboard's encrypted stores, built from source and installed into
# the virtualenv whose python is given (default .venv/bin/python); make's venv step
# runs it after the requirements.
#
# The sqlcipher3 sdist carries the binding and SQLCipher 4's amalgamation (SQLite
# with the codec). The sqlcipher3-binary wheel builds the same with gcc 10 and every
# feature on, and its engine was slow before it even encrypted: on the same SQL it
# took 1.6 times the processor time of Python's own sqlite3, with no key. Built here
# with this machine's compiler, -O2 and the options SQLite recommends for speed,
# the keyed engine does the same work in the time the plain one takes.
#
# The wheel is built once into build/sqlcipher/ (under a name made of the python's
# tag and a hash of these files: a changed option builds a new one), from the sdist
# downloaded there once and checked against its hash. Needs gcc, the python's
# headers and libssl-dev (packaging/debian-deps.sh venv); about a minute on 2 cores.
set -eu

PY=${1:-.venv/bin/python}
VERSION=0.6.0
SDIST_SHA256=a351ae630bd614c2c10ed898b420f7bc817e438153f683f88348c445d6b3a9b1
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${SQLCIPHER_CACHE:-build/sqlcipher}

# What SQLCipher requires (the codec, its init and shutdown hooks, OpenSSL's
# libcrypto as its provider, temporary files in memory: they are never encrypted),
# what Python's binding requires (a thread-safe engine), what the store uses beyond
# SQLite's core (JSON and window functions are built in; the math functions, as the
# plain store's Debian SQLite has them) and the speed options of SQLite's own advice
# (https://sqlite.org/compile.html#recommended_compile_time_options). No FTS, R-tree
# or extension loading: ocgboard uses none. DQS=0: a double-quoted word is a name,
# never a string.
SQLITE_OPTIONS="-DSQLITE_HAS_CODEC -DSQLITE_EXTRA_INIT=sqlcipher_extra_init
 -DSQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown -DSQLCIPHER_CRYPTO_OPENSSL
 -DSQLITE_TEMP_STORE=2 -DSQLITE_THREADSAFE=1 -DHAVE_STDINT_H
 -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_MAX_VARIABLE_NUMBER=250000
 -DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_OMIT_DEPRECATED -DSQLITE_DQS=0
 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_MAX_EXPR_DEPTH=0
 -DSQLITE_OMIT_SHARED_CACHE -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_USE_ALLOCA"
# After Python's own flags (-O3 -g), so these win. Hidden symbols: the engine's
# functions are called directly, and never confused with the system's libsqlite3
# that Python's sqlite3 module loads into the same process.
CFLAGS_OPT="-O2 -g0 -fvisibility=hidden"

tag=$("$PY" -c 'import sys, sysconfig; print(sys.implementation.cache_tag + "-" + sysconfig.get_platform())')
key=$(cat "$0" "$HERE/setup.py" "$HERE/pyproject.toml" "$HERE/no_shared_cache.c" | sha256sum | cut -c1-12)
out="$CACHE/$tag-$key"
mkdir -p "$CACHE"

if ! ls "$out"/sqlcipher3-*.whl >/dev/null 2>&1; then
  sdist="$CACHE/sqlcipher3-$VERSION.tar.gz"
  if [ ! -f "$sdist" ]; then
    "$PY" -m pip download --quiet --disable-pip-version-check --no-deps \
      --no-binary :all: -d "$CACHE" "sqlcipher3==$VERSION"
  fi
  if ! echo "$SDIST_SHA256  $sdist" | sha256sum -c --quiet - >/dev/null 2>&1; then
    echo "sqlcipher: $sdist is not the sdist this script was written for (sha256)" >&2
    rm -f "$sdist"
    exit 1
  fi
  echo "sqlcipher: building sqlcipher3 $VERSION with SQLCipher from its sdist (about a minute)"
  src=$(mktemp -d "${TMPDIR:-/tmp}/sqlcipher3.XXXXXX")
  trap 'rm -rf "$src" "$out.part"' EXIT
  tar xzf "$sdist" -C "$src" --strip-components=1
  # Our setup.py in place of the sdist's, and none of its setup.cfg (/usr/include
  # first would find a system sqlite3.h before SQLCipher's).
  rm -f "$src/setup.cfg" "$src/setup.py"
  cp "$HERE/setup.py" "$HERE/pyproject.toml" "$HERE/no_shared_cache.c" "$src/"
  rm -rf "$out.part"
  SQLCIPHER3_VERSION=$VERSION SQLITE_OPTIONS=$SQLITE_OPTIONS CFLAGS_OPT=$CFLAGS_OPT \
    "$PY" -m pip wheel --quiet --disable-pip-version-check --no-deps --no-cache-dir \
      -w "$out.part" "$src"
  mv "$out.part" "$out"
fi
wheel=$(ls "$out"/sqlcipher3-*.whl | head -n 1)

# The wheel this replaces installs the same sqlcipher3/ folder: one owner only.
if "$PY" -m pip show sqlcipher3-binary >/dev/null 2>&1; then
  "$PY" -m pip uninstall --quiet --disable-pip-version-check -y sqlcipher3-binary
fi
"$PY" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$wheel"
"$PY" - <<'EOF'
import sqlcipher3.dbapi2 as sqlcipher

version = sqlcipher.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
assert version and version[0].startswith("4."), f"sqlcipher3 is not SQLCipher 4: {version}"
EOF
