#!/usr/bin/env bash
# Make ./node_modules match package-lock.json — `npm ci` — but only when it does not already
# (checked by content: scripts/check-node-modules.mjs). Used by scripts/test.sh and scripts/start.sh.
#
# Known snag, handled here: the npm registry reachable from these machines lacks most of rollup's
# platform-specific optional packages (@rollup/rollup-android-arm64 … 404), so package-lock.json
# cannot list them and npm 11's `npm ci` refuses the lock ("Missing: @rollup/rollup-…@ from lock
# file"). When every complaint is such an optional package, fall back to
# `rm -rf node_modules && npm install --no-save`, which installs the same locked versions without
# touching package-lock.json; both facts are verified afterwards. Any other npm ci failure is fatal.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false

if node scripts/check-node-modules.mjs --quiet; then
	echo "node_modules matches package-lock.json — nothing to install"
	exit 0
fi
node scripts/check-node-modules.mjs || true # say why

echo "---- npm ci"
# npm ci's output goes to a log file; it is shown only when the failure is one a person must act on.
log="${TMPDIR:-/tmp}/frontier-atlas-npm-ci.log"
status=0
npm ci >"$log" 2>&1 || status=$?
# (npm ci prints its whole usage text on EUSAGE: leave that out)
show_log() { sed '/^npm error Clean install a project/,/^npm error Run "npm help ci"/d' "$log" >&2; }
[[ $status -eq 0 ]] && cat "$log"

if [[ $status -ne 0 ]]; then
	if ! grep -q "can only install packages when your package.json and package-lock.json" "$log"; then
		show_log
		echo "npm ci failed (exit $status)" >&2
		exit "$status"
	fi
	# Which packages does npm ci say are missing/invalid, and are they all optional platform packages?
	if grep -q "^npm error Invalid:" "$log"; then
		show_log
		echo "npm ci: package-lock.json is out of sync with package.json (Invalid entries) — run npm install and commit the lock" >&2
		exit "$status"
	fi
	missing=$(sed -n 's/^npm error Missing: \(@\{0,1\}[^@]*\)@.*/\1/p' "$log" | sort -u)
	if [[ -z "$missing" ]] || ! node -e '
		const lock = require("./package-lock.json").packages;
		const optional = new Set(Object.values(lock).flatMap((p) => Object.keys(p.optionalDependencies ?? {})));
		const bad = process.argv.slice(1).filter((n) => !optional.has(n));
		if (bad.length) { console.error("not optional: " + bad.join(", ")); process.exit(1); }
	' $missing; then
		show_log
		echo "npm ci: package-lock.json is out of sync with package.json — run npm install and commit the lock" >&2
		exit "$status"
	fi
	echo "---- Installing with npm install --no-save instead of npm ci: this registry lacks $(echo "$missing" | wc -l | tr -d ' ') optional platform builds of rollup that npm ci insists on (harmless; details in $log)"
	before=$(sha256sum package.json package-lock.json)
	rm -rf node_modules
	npm install --no-save
	if [[ "$(sha256sum package.json package-lock.json)" != "$before" ]]; then
		echo "npm install --no-save modified package.json/package-lock.json — refusing to continue" >&2
		exit 1
	fi
fi

node scripts/check-node-modules.mjs
