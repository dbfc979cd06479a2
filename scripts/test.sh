#!/usr/bin/env bash
# The project's whole test run (`npm test`, and CI via .ci/run). Works on a fresh Debian machine
# with Node 20 + npm, run as root, with no node_modules and no browser:
#   1. system packages  apt-get install chromium fonts-noto-core gdal-bin   (only if they are missing;
#      gdal-bin: ogrinfo, the GIS client the exports are opened with)
#   2. npm ci  (scripts/ensure-deps.sh; only if node_modules is missing or does not match package-lock.json)
#   3. npm run i18n (compile messages/ into src/lib/paraglide), npx svelte-kit sync, then svelte-check (types, Svelte diagnostics)
#   4. npm run lint              ESLint (svelte/no-at-html-tags and the rest of eslint.config.js)
#   5. npm run db:start, then npx vitest run   unit tests, with the database specs (tests/unit/db/:
#      PostgreSQL + PostGIS backend, tiles, ACLED import, faults) against the cluster db:start owns;
#      if the database cannot start, its reason is printed and those specs fail with it
#   6. npm run build             production build into ./build
#   7. npx playwright test       end-to-end tests against `node build` (Debian chromium, SwiftShader)
# Stops at the first failing step with a non-zero exit. Non-interactive.
# Update screenshot goldens with:  npx playwright test --update-snapshots  (after npm run build)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive
export NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false

step() { printf '\n\033[1m==== [%s] %s ====\033[0m\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '\n\033[1;31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
run() { "$@" || die "$* (exit $?)"; }
# Like run, keeping a copy of the output to count the tests in it.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
run_logged() {
	local log=$1
	shift
	set +e
	"$@" 2>&1 | tee "$log"
	local status=${PIPESTATUS[0]}
	set -e
	[[ $status -eq 0 ]] || die "$* (exit $status)"
}
# The last "N passed" count in a log, colours stripped.
passed() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -Eo "$2" | grep -Eo '[0-9]+' | tail -1; }

step "1/7 System packages (chromium, fonts-noto-core, gdal-bin)"
if [[ -x /usr/bin/chromium && -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf && -x /usr/bin/ogrinfo ]]; then
	echo "present: /usr/bin/chromium, Noto fonts, ogrinfo — nothing to install"
else
	SUDO=""
	if [[ $(id -u) -ne 0 ]]; then
		command -v sudo >/dev/null || die "need root (or sudo) to apt-get install chromium fonts-noto-core"
		SUDO="sudo -n"
	fi
	run $SUDO apt-get update
	run $SUDO apt-get install -y chromium fonts-noto-core gdal-bin
	[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium still missing after apt-get install"
fi

step "2/7 npm dependencies (npm ci unless node_modules already matches package-lock.json)"
run bash scripts/ensure-deps.sh

step "3/7 messages (paraglide), svelte-kit sync + svelte-check"
run npm run --silent i18n
run npx --no-install svelte-kit sync
run npx --no-install svelte-check --tsconfig ./tsconfig.json --fail-on-warnings

step "4/7 Lint (eslint)"
run npx --no-install eslint .

step "5/7 Database (npm run db:start) and unit tests (vitest)"
# Not fatal here: without a database the DB specs fail with the reason, the other specs still run.
if db_out=$(bash scripts/db-start.sh 2>&1); then
	echo "$db_out"
	ATLAS_TEST_DATABASE_URL=$(sed -n 's/^ATLAS_TEST_DATABASE_URL=//p' <<<"$db_out")
	export ATLAS_TEST_DATABASE_URL
else
	printf '%s\n\033[1;31mdb:start failed: the database specs (tests/unit/db/) will fail with the reason\033[0m\n' "$db_out" >&2
fi
run_logged "$logs/unit" npx --no-install vitest run

step "6/7 Build (vite build → ./build)"
run npm run build

step "7/7 End-to-end tests (playwright, /usr/bin/chromium)"
run_logged "$logs/e2e" npx --no-install playwright test

unit=$(passed "$logs/unit" 'Tests +[0-9]+ passed')
e2e=$(passed "$logs/e2e" '^ *[0-9]+ passed')
printf '\n\033[1;32mAll tests passed\033[0m (unit %s, end-to-end %s).\n' "${unit:-?}" "${e2e:-?}"
echo "Tests: $(( ${unit:-0} + ${e2e:-0} )) passed, 0 failed"
