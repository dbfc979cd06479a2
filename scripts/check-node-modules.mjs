#!/usr/bin/env node
// Exit 0 when ./node_modules holds exactly what package-lock.json pins, 1 otherwise (listing why).
// Used by scripts/ensure-deps.sh to decide whether to (re)install and to verify an install.
//   - every package.json (dev)dependency has a lock entry and is installed;
//   - every installed lock entry has the locked version;
//   - every non-optional lock entry is installed (optional ones are platform binaries that may
//     legitimately be absent, e.g. @rollup/rollup-darwin-arm64 on linux).
import { existsSync, readFileSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
const problems = [];

if (!existsSync('node_modules')) problems.push('node_modules is missing');
else if (!existsSync('package-lock.json')) problems.push('package-lock.json is missing');
else {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages ?? {};
	for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
		if (!lock[`node_modules/${name}`]) problems.push(`${name}: in package.json but not in package-lock.json`);
	}
	for (const [path, meta] of Object.entries(lock)) {
		if (!path || meta.link) continue;
		const pj = `${path}/package.json`;
		if (!existsSync(pj)) {
			if (!meta.optional) problems.push(`${path}: not installed`);
			continue;
		}
		const v = JSON.parse(readFileSync(pj, 'utf8')).version;
		if (v !== meta.version) problems.push(`${path}: installed ${v}, lock says ${meta.version}`);
	}
}

if (problems.length) {
	if (!quiet) {
		console.error(`node_modules does not match package-lock.json (${problems.length} problem(s)):`);
		for (const p of problems.slice(0, 15)) console.error(`  - ${p}`);
		if (problems.length > 15) console.error(`  … and ${problems.length - 15} more`);
	}
	process.exit(1);
}
if (!quiet) console.log('node_modules matches package-lock.json');
