#!/bin/sh
# A throw-away PostgreSQL cluster for the tests: owned by an ordinary user, listening only on a Unix socket in its
# own folder, trust authentication for that socket (docs/shared-ledger.md, "Tests").
#   scripts/pg-cluster.sh start DIR   → prints the connection URL (postgres://…?host=DIR/sock)
#   scripts/pg-cluster.sh stop DIR
set -eu
cmd=${1:?start|stop}
dir=${2:?folder}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || { echo "PostgreSQL server programs not found (apt-get install postgresql)" >&2; exit 1; }
# postgres refuses to run as root: as root, the cluster belongs to the 'postgres' user the Debian package creates
if [ "$(id -u)" = 0 ]; then as() { runuser -u postgres -- "$@"; }; owner=postgres; else as() { "$@"; }; owner=$(id -un); fi
case "$cmd" in
start)
  mkdir -p "$dir/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  as "$bindir/initdb" -D "$dir/db" -U "$owner" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as "$bindir/pg_ctl" -D "$dir/db" -l "$dir/server.log" -w -o "-c listen_addresses='' -c unix_socket_directories='$dir/sock' -c fsync=off -c max_connections=60" start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres://$owner@/postgres?host=$dir/sock"
  ;;
stop)
  as "$bindir/pg_ctl" -D "$dir/db" -m immediate stop >/dev/null 2>&1 || true
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
