/**
 * `npm run gazetteer -- accept <geonameid> [--as <id>] [--data-dir dir]`: accepts a GeoNames record
 * (usually a candidate from build/candidates.md) into the gazetteer. It writes the record to
 * reference/geonames-accepted.geojson (provenance, CC BY attribution) and an entry to gazetteer.json
 * whose geometry is a `ref` recipe to it, with the spellings the texts use, checks the entry against
 * the gazetteer schema, then rebuilds (npm run data). Nothing is written when anything is wrong.
 * Reading, checking and writing all happen under the data folder's lock (tools/lib/lock.ts), so two
 * accepts at once both land.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toolArgs } from './lib/args';
import { Plan } from './lib/journal';
import { accept, AcceptError, ACCEPTED_FILE, withFeature } from './lib/accept';
import { buildCandidates } from '../src/lib/atlas/candidates';
import { GEONAMES_SCOPE, geonamesPackageVersion, readGeoNamesRows } from '../src/lib/atlas/geonames';
import { loadRaw } from '../src/lib/atlas/load';
import { runWriter } from './lib/lock';
import { rebuild } from './lib/rebuild';

const USAGE = 'usage: npm run gazetteer -- accept <geonameid> [--as <id>] [--data-dir <dir>]';

function fail(message: string, code = 1): never {
	console.error(`gazetteer: ${message}`);
	process.exit(code);
}

/** Stages both files, then renames them through a journal, with the rebuild as its follow-up. */
function writeAll(files: [string, string][]): Plan {
	const plan = new Plan(dir, 'gazetteer-accept');
	for (const [path, body] of files) plan.stage(relative(dir, path), body);
	plan.commit({ then: ['data'] });
	return plan;
}

const cli = toolArgs('gazetteer', USAGE, { as: { type: 'string' } });
const dir = cli.dir;
const as = cli.string('as');
const [command, id, ...rest] = cli.positionals;
if (command !== 'accept' || id === undefined || rest.length) fail(command && command !== 'accept' ? `unknown command "${command}"\n${USAGE}` : USAGE, 2);
if (!/^\d+$/.test(id)) fail(`"${id}" is not a GeoNames id (a whole number, as listed in build/candidates.md)`, 2);

const row = readGeoNamesRows().find((r) => r.geonameId === Number(id));
if (!row) fail(`GeoNames ${id} is not a cities500 record of ${GEONAMES_SCOPE} (see build/candidates.md for the ids the texts suggest); nothing changed.`);

const refuse = (message: string) => {
	console.error(`gazetteer: ${message}`);
	return 1;
};

await runWriter(dir, 'gazetteer accept', () => {
	const gazPath = join(dir, 'gazetteer.json');
	const refPath = join(dir, 'reference', `${ACCEPTED_FILE}.geojson`);
	const raw = loadRaw(dir);
	const gazetteer = JSON.parse(readFileSync(gazPath, 'utf8'));
	const occurrences = buildCandidates(raw).candidates.filter((c) => c.records.some((r) => r.geonameid === row.geonameId));

	let result;
	try {
		result = accept({ row, entries: raw.gazetteer.entries, occurrences, as, today: new Date().toISOString().slice(0, 10), packageVersion: geonamesPackageVersion() });
	} catch (e) {
		if (e instanceof AcceptError) return refuse(e.message);
		throw e;
	}
	const { entry, feature } = result;
	const reference = existsSync(refPath) ? JSON.parse(readFileSync(refPath, 'utf8')) : null;
	gazetteer.entries.push(entry);
	const plan = writeAll([
		[refPath, JSON.stringify(withFeature(reference, feature), null, '\t') + '\n'],
		[gazPath, JSON.stringify(gazetteer, null, '\t') + '\n']
	]);
	console.log(`accepted GeoNames ${row.geonameId} (${row.name}) as "${entry.id}": ${entry.name_en} / ${entry.name_ar}`);
	console.log(`  variants: ${entry.variants.map((v) => (typeof v === 'string' ? v : v.text)).join(', ')}`);
	console.log(`  ${occurrences.length} mention(s) in the texts; record in reference/${ACCEPTED_FILE}.geojson; rebuilding…`);
	const built = rebuild(dir);
	plan.done();
	if (!built) return refuse('the entry is written, but `npm run data` reports problems (above).');
	return 0;
});
