#!/usr/bin/env bash
# `npm run db:start`: a local PostgreSQL 15 + PostGIS cluster the project owns, started; idempotent.
#   1. apt-get install postgresql-15 postgresql-15-postgis-3 when missing (as scripts/test.sh does for Chromium);
#   2. a dedicated cluster `15/atlas` on port $ATLAS_DB_PORT (5433), so a system PostgreSQL on 5432 is left alone;
#   3. a role `atlas` (password `atlas`, loopback only) and databases `atlas`, `atlas_test` (the DB
#      specs') and `atlas_e2e` (the browser tests' database server) with the postgis extension;
#   4. prints the DATABASE_URL to use (last line of the output, `DATABASE_URL=…`).
# Runs as root (CI does) or with sudo; the cluster's processes run as the `postgres` user.
# Stops with a non-zero exit and the reason when any step fails.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PORT=${ATLAS_DB_PORT:-5433}
VER=15
NAME=atlas
die() { printf 'db:start: %s\n' "$*" >&2; exit 1; }
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
	command -v sudo >/dev/null || die "need root (or sudo) to install and start PostgreSQL"
	SUDO="sudo -n"
fi

if [[ -x /usr/lib/postgresql/$VER/bin/postgres && -f /usr/share/postgresql/$VER/extension/postgis.control ]]; then
	echo "db:start: postgresql-$VER and postgis present"
else
	echo "db:start: installing postgresql-$VER postgresql-$VER-postgis-3"
	$SUDO apt-get update || die "apt-get update failed"
	$SUDO apt-get install -y "postgresql-$VER" "postgresql-$VER-postgis-3" || die "apt-get install failed"
fi

if ! $SUDO pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$VER/$NAME"; then
	echo "db:start: creating cluster $VER/$NAME on port $PORT"
	$SUDO pg_createcluster "$VER" "$NAME" -p "$PORT" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null || die "pg_createcluster failed"
fi
status=$($SUDO pg_lsclusters -h | awk -v c="$VER" -v n="$NAME" '$1==c && $2==n {print $4}')
PORT=$($SUDO pg_lsclusters -h | awk -v c="$VER" -v n="$NAME" '$1==c && $2==n {print $3}')
if [[ $status != online ]]; then
	echo "db:start: starting cluster $VER/$NAME"
	$SUDO pg_ctlcluster "$VER" "$NAME" start || die "pg_ctlcluster start failed (see /var/log/postgresql/postgresql-$VER-$NAME.log)"
fi
for _ in $(seq 1 30); do
	pg_isready -q -h 127.0.0.1 -p "$PORT" && break
	sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || die "the cluster does not accept connections on port $PORT"

psql_pg() { $SUDO runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }
psql_pg -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='atlas'" | grep -q 1 ||
	psql_pg -d postgres -c "CREATE ROLE atlas LOGIN PASSWORD 'atlas'" || die "could not create role atlas"
# atlas_test: the DB specs' own database (npm test loads the fixture corpus there, never over your data);
# atlas_e2e: the e2e suite's (tests/e2e/db-backend.spec.ts loads the shipped atlas there).
for db in atlas atlas_test atlas_e2e; do
	psql_pg -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 ||
		psql_pg -d postgres -c "CREATE DATABASE $db OWNER atlas" || die "could not create database $db"
	psql_pg -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis" 2>/dev/null || die "could not create the postgis extension in $db"
done

echo "db:start: cluster $VER/$NAME online on port $PORT"
echo "ATLAS_TEST_DATABASE_URL=postgres://atlas:atlas@127.0.0.1:$PORT/atlas_test"
echo "ATLAS_E2E_DATABASE_URL=postgres://atlas:atlas@127.0.0.1:$PORT/atlas_e2e"
echo "DATABASE_URL=postgres://atlas:atlas@127.0.0.1:$PORT/atlas"
