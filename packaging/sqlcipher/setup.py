"""sqlcipher3, the binding and the SQLCipher amalgamation its sdist carries, built as
one extension with the options in build.sh (SQLITE_OPTIONS, CFLAGS_OPT); run by
build.sh from inside the unpacked sdist, in place of the sdist's own setup.py."""

import os
import shlex
from pathlib import Path

from setuptools import Extension, setup

VERSION = os.environ["SQLCIPHER3_VERSION"]
# -DNAME or -DNAME=VALUE, as build.sh gives them: to both the binding and the engine,
# so the binding sees the same sqlite3.h declarations as the engine was built with.
options = []
for flag in shlex.split(os.environ["SQLITE_OPTIONS"]):
    name, _, value = flag[2:].partition("=")
    options.append((name, value or "1"))

sources = sorted(str(p) for p in Path("src").glob("*.c")) + ["vendor/sqlite3.c"]
if ("SQLITE_OMIT_SHARED_CACHE", "1") in options:
    sources.append("no_shared_cache.c")

setup(
    name="sqlcipher3",
    version=VERSION,
    description="DB-API 2.0 interface for SQLCipher (built for ocgboard)",
    license="MIT License",
    packages=["sqlcipher3"],
    package_dir={"sqlcipher3": "sqlcipher3"},
    ext_modules=[Extension(
        "sqlcipher3._sqlite3",
        sources=sources,
        include_dirs=["vendor"],
        define_macros=[("MODULE_NAME", '"sqlcipher3.dbapi2"'), *options],
        libraries=["crypto"],
        # after Python's own CFLAGS (-O3 -g): these win
        extra_compile_args=shlex.split(os.environ.get("CFLAGS_OPT", "-O2 -g0")),
    )],
)
