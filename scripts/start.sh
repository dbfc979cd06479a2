#!/usr/bin/env bash
# Install what a fresh machine lacks, build, and serve the app:  bash scripts/start.sh
# Serves on $PORT (default 3000) and $HOST (default 0.0.0.0, adapter-node's default).
# Needs only Node 20 + npm: the map's glyphs and data are committed, nothing is fetched at run time;
# the served build (geodata/served/) is made from the data here when it is missing or stale.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "==== npm dependencies ===="
bash scripts/ensure-deps.sh

echo "==== npm run build ===="
npm run build

# What the server sends (geodata/served/): written only when missing, stale or damaged.
echo "==== npm run data -- --served ===="
npm run --silent data -- --served --data-dir "${ATLAS_DATA_DIR:-geodata}"

export PORT="${PORT:-3000}"
echo "==== node build — http://${HOST:-0.0.0.0}:${PORT}/ ===="
exec node build
