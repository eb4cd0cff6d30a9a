#!/bin/sh
# A throw-away PostgreSQL server for the tests: a fresh cluster in DIR/data,
# listening on no TCP port, only on a Unix socket in DIR, with trust for the
# one local user "postgres" (the folder, 0700, is the lock on the door).
#   throwaway.sh start DIR  - initdb (first time) and start; prints DIR
#   throwaway.sh stop DIR   - stop the server and remove DIR
# Debian's server programs live in /usr/lib/postgresql/VERSION/bin (package
# postgresql, postgresql-contrib for unaccent). initdb refuses to run as root,
# so as root the cluster belongs to the postgres user (runuser).
set -eu

action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -x "$bindir/pg_ctl" ] || { echo "throwaway: no PostgreSQL server (Debian: postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    chmod 0700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # fsync off: a throw-away cluster need not survive a power cut, and the
    # tests create hundreds of databases. THROWAWAY_DURABLE=1 keeps it on, as a
    # real server runs (the benchmarks).
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${THROWAWAY_DURABLE:-}" = 1 ]; then durability=""; fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' $durability \
          -c max_connections=200" start \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -s stop || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
