/**
 * Reviews the incident drafts of build/incident-drafts.json (written by `npm run data` / `npm run add`):
 *   npm run incident -- accept <draft-id> [--as <incident-id>] [--date YYYY-MM-DD[..YYYY-MM-DD]]   a new incident in incidents.json
 *     (--date sets or overrides the date; a draft with no date needs it)
 *   npm run incident -- accept <draft-id> --same-as <incident-or-draft-id>   one more source of an incident
 *   npm run incident -- reject <draft-id> --why "…"              recorded in incident-rejections.json
 * A GeoNames place not yet in the gazetteer is accepted into it as `npm run gazetteer -- accept` does.
 * Under the data folder's lock (tools/lib/lock.ts), every file is staged and renamed into place through
 * a journal whose follow-up is the rebuild (tools/lib/journal.ts), so a killed run is finished by the
 * next writer; on any refusal nothing is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toolArgs } from './lib/args';
import * as v from 'valibot';
import { recordIdsOf } from '$lib/corpus/candidates';
import { DraftSchema, type Draft } from '$lib/corpus/events/schema';
import { GazetteerEntrySchema, type GazetteerEntry } from '$lib/schema/gazetteer';
import type { IncidentRecord } from '$lib/schema/incidents';
import { buildCandidates } from '../src/lib/atlas/candidates';
import { GEONAMES_SCOPE, geonamesPackageVersion, readGeoNamesRows } from '../src/lib/atlas/geonames';
import { loadRaw } from '../src/lib/atlas/load';
import { accept as acceptRecord, AcceptError, ACCEPTED_FILE, withFeature } from './lib/accept';
import { DRAFTS_FILE, DraftsError, readRejections, REJECTIONS_FILE } from './lib/drafts';
import { incidentFromDraft, IncidentError, incidentOf, parseDateOption, rejection, withDate, withSource, type PlaceInfo } from './lib/incident';
import { Plan } from './lib/journal';
import { runWriter } from './lib/lock';
import { rebuild } from './lib/rebuild';

const USAGE = 'usage: npm run incident -- accept <draft-id> [--as <incident-id> | --same-as <incident-or-draft-id>] [--date YYYY-MM-DD[..YYYY-MM-DD]] [--data-dir <dir>]\n       npm run incident -- reject <draft-id> --why "<reason>" [--data-dir <dir>]';

/** How a run ends early: a refusal (printed to stderr, non-zero) or "nothing to do" (stdout, 0). */
class Stop extends Error {
	constructor(
		message: string,
		readonly code: number
	) {
		super(message);
	}
}
function fail(message: string, code = 1): never {
	throw new Stop(`incident: ${message}`, code);
}
const done = (message: string): never => {
	throw new Stop(message, 0);
};
function settle(e: unknown): number {
	if (!(e instanceof Stop)) throw e;
	(e.code ? console.error : console.log)(e.message);
	return e.code;
}

function readJson(path: string, what: string) {
	if (!existsSync(path)) fail(`${what} is missing (${path}); nothing changed.`);
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		fail(`${what} is not valid JSON (${(e as Error).message}); nothing changed.`);
	}
}

/** Stages every file, then renames them all through a journal whose follow-up is the rebuild. */
function writeAll(files: [string, unknown][]): Plan {
	const plan = new Plan(dir, 'incident');
	for (const [path, body] of files) plan.stage(relative(dir, path), JSON.stringify(body, null, '\t') + '\n');
	plan.commit({ then: ['data'] });
	return plan;
}

/** Rebuilds the atlas after a written change, then closes its journal. */
function finish(plan: Plan, message: string): number {
	console.log(`${message}; rebuilding…`);
	const built = rebuild(dir);
	plan.done();
	if (!built) fail('the change is written, but `npm run data` reports problems (above).');
	return 0;
}

const cli = toolArgs('incident', USAGE, { as: { type: 'string' }, 'same-as': { type: 'string' }, why: { type: 'string' }, date: { type: 'string' } });
const args = cli.positionals;
const dir = cli.dir, as = cli.string('as'), sameAs = cli.string('same-as'), why = cli.string('why'), dateOpt = cli.string('date');
let dateSet: { from: string; to: string } | null = null;
let command: string | undefined, id: string;
try {
	parse();
} catch (e) {
	process.exit(settle(e));
}

function parse() {
	let rest: string[];
	[command, id, ...rest] = args;
	if (!command || !['accept', 'reject'].includes(command)) fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE, 2);
	if (id === undefined || rest.length) fail(rest.length ? `unexpected argument(s): ${rest.join(' ')}\n${USAGE}` : USAGE, 2);
	if (command === 'accept' && why !== undefined) fail(`--why goes with reject\n${USAGE}`, 2);
	if (command === 'reject' && (as !== undefined || sameAs !== undefined)) fail(`--as and --same-as go with accept\n${USAGE}`, 2);
	if (as !== undefined && sameAs !== undefined) fail('give --as (a new incident) or --same-as (a source of an existing one), not both; nothing changed.', 2);
	if (dateOpt !== undefined && (command !== 'accept' || sameAs !== undefined)) fail(`--date goes with accept of a new incident (not with reject or --same-as)\n${USAGE}`, 2);
	if (dateOpt !== undefined) {
		try {
			dateSet = parseDateOption(dateOpt);
		} catch (e) {
			fail((e as Error).message, 2);
		}
	}
	if (command === 'reject' && !why?.trim()) fail('say why with --why "…" (e.g. --why "background, not an event"); nothing changed.', 2);
}

await runWriter(dir, 'incident', () => {
	try {
		return review();
	} catch (e) {
		return settle(e);
	}
});

/** Everything after the arguments, under the lock: read, decide, write, rebuild. */
function review(): number {

	const today = new Date().toISOString().slice(0, 10);
	const incPath = join(dir, 'incidents.json');
	const rejPath = join(dir, REJECTIONS_FILE);
	const incFile = readJson(incPath, 'incidents.json');
	const incidents: IncidentRecord[] = Array.isArray(incFile?.incidents) ? incFile.incidents : [];
	let rejections;
	try {
		rejections = readRejections(dir);
	} catch (e) {
		if (e instanceof DraftsError) fail(`${e.message}; nothing changed.`);
		throw e;
	}

	// Idempotent: a draft already taken in, or already refused, changes nothing.
	const owner = incidentOf(incidents, id);
	const refused = rejections.find((r) => r.draft === id);
	if (owner && command === 'accept') done(`draft ${id} is already in incident ${owner.id}; nothing changed.`);
	if (owner) fail(`draft ${id} is already in incident ${owner.id}: remove it there first to reject it; nothing changed.`);
	if (refused && command === 'reject') done(`draft ${id} was already rejected on ${refused.date} (${refused.why}); nothing changed.`);
	if (refused) fail(`draft ${id} was rejected on ${refused.date} (${refused.why}); remove it from ${REJECTIONS_FILE} to reconsider it. Nothing changed.`);

	const draftsPath = join(dir, 'build', `${DRAFTS_FILE}.json`);
	const list: unknown[] = readJson(draftsPath, `build/${DRAFTS_FILE}.json (run npm run data)`)?.drafts ?? [];
	const found = list.find((d) => (d as { id?: unknown })?.id === id);
	if (!found) fail(`no draft "${id}" in build/${DRAFTS_FILE}.json (the ids are listed in build/${DRAFTS_FILE}.md; run npm run data after changing articles). Nothing changed.`);
	const parsed = v.safeParse(DraftSchema, found);
	if (!parsed.success) fail(`draft ${id} in build/${DRAFTS_FILE}.json is damaged; run npm run data again. Nothing changed.`);
	const draft: Draft = dateSet ? withDate(parsed.output, dateSet.from, dateSet.to) : parsed.output;
	if (command === 'accept' && sameAs === undefined && draft.date.from === null)
		fail(`draft ${id} has no date (${draft.date.note ?? 'unknown'}): give it with --date YYYY-MM-DD or --date YYYY-MM-DD..YYYY-MM-DD. Nothing changed.`);
	const textPath = join(dir, 'articles', `${draft.article}.txt`);
	if (!existsSync(textPath) || readFileSync(textPath, 'utf8').slice(draft.evidence.start, draft.evidence.end) !== draft.evidence.text)
		fail(`draft ${id} no longer matches articles/${draft.article}.txt verbatim; run npm run data to redraft. Nothing changed.`);

	if (command === 'reject') {
		const file = existsSync(rejPath) ? readJson(rejPath, REJECTIONS_FILE) : { $comment: 'Incident drafts refused with npm run incident -- reject, with the reason; they are not proposed again. Remove an entry to reconsider it.', rejections: [] };
		return finish(writeAll([[rejPath, { ...file, rejections: [...file.rejections, rejection(draft, why, today)] }]]), `rejected draft ${id} (${draft.title_en}): ${why!.trim()}`);
	}

	try {
		if (sameAs !== undefined) {
			const target = incidents.find((i) => i.id === sameAs) ?? incidentOf(incidents, sameAs);
			if (!target) {
				const pending = list.some((d) => (d as { id?: unknown })?.id === sameAs);
				fail(pending ? `draft ${sameAs} is not accepted yet: accept it first (npm run incident -- accept ${sameAs}), then add ${id} to it. Nothing changed.` : `--same-as ${sameAs}: no incident and no accepted draft has that id; nothing changed.`);
			}
			if (target.excerpts.some((e) => e.article === draft.article && e.start === draft.evidence.start && e.end === draft.evidence.end)) done(`incident ${target.id} already quotes that clause; nothing changed.`);
			const merged = withSource(target, draft);
			return finish(writeAll([[incPath, { ...incFile, incidents: incidents.map((i) => (i === target ? merged : i)) }]]), `added draft ${id} (${draft.article}) as another source of incident ${target.id}: ${new Set(merged.excerpts.map((e) => e.article)).size} articles now tell it`);
		}

		// The place as a gazetteer entry: the one the draft names, or the GeoNames record accepted now.
		const gazPath = join(dir, 'gazetteer.json');
		const gazetteer = readJson(gazPath, 'gazetteer.json');
		const entries: GazetteerEntry[] = (gazetteer.entries ?? []).filter((e: unknown) => v.is(GazetteerEntrySchema, e));
		const countries = new Map<string, string | null>();
		const built = join(dir, 'build', 'places.geojson');
		if (existsSync(built)) for (const f of readJson(built, 'build/places.geojson').features ?? []) countries.set(f.id, f.properties?.country ?? null);
		const files: [string, unknown][] = [];
		let place: PlaceInfo | null = null;
		let placeNote = '';
		if (draft.place?.id) {
			const entry = entries.find((e) => e.id === draft.place!.id);
			if (!entry) fail(`the draft's place "${draft.place.id}" is not in gazetteer.json any more; run npm run data to redraft. Nothing changed.`);
			place = { entry, country: countries.get(entry.id) ?? null };
		} else if (draft.place?.geonameid) {
			const gid = draft.place.geonameid;
			// The entry that is the record itself (al-qaim), before one drawn through it (a corridor).
			const own = (e: GazetteerEntry) => (e.geometry as { where?: { geonameid?: unknown } } | undefined)?.where?.geonameid === gid;
			const entry = entries.find(own) ?? entries.find((e) => recordIdsOf(e.geometry).includes(`geonames:${gid}`));
			if (entry) place = { entry, country: countries.get(entry.id) ?? null };
			else {
				const row = readGeoNamesRows().find((r) => r.geonameId === gid);
				if (!row) fail(`the draft's place, GeoNames ${gid}, is not a cities500 record of ${GEONAMES_SCOPE}; nothing changed.`);
				const raw = loadRaw(dir);
				const occurrences = buildCandidates(raw).candidates.filter((c) => c.records.some((r) => r.geonameid === gid));
				const { entry: fresh, feature } = acceptRecord({ row, entries, occurrences, today, packageVersion: geonamesPackageVersion() });
				const refPath = join(dir, 'reference', `${ACCEPTED_FILE}.geojson`);
				files.push([refPath, withFeature(existsSync(refPath) ? readJson(refPath, `reference/${ACCEPTED_FILE}.geojson`) : null, feature)]);
				place = { entry: { ...fresh, note: fresh.note?.replace('npm run gazetteer -- accept', `npm run incident -- accept ${id}`) }, country: row.countryCode };
				placeNote = `; GeoNames ${gid} (${row.name}) accepted into the gazetteer as "${fresh.id}"`;
			}
		}
		if (!place) fail(`draft ${id} names no place (${draft.missing.place ?? 'none found'}); an incident needs one. Nothing changed.`);
		const { incident, entries: added } = incidentFromDraft({ draft, place, incidents, entries, as, today });
		const newEntries = [...(placeNote ? [place.entry] : []), ...added];
		if (newEntries.length) files.push([gazPath, { ...gazetteer, entries: [...gazetteer.entries, ...newEntries] }]);
		files.push([incPath, { ...incFile, incidents: [...incidents, incident] }]);
		const drawn = incident.footprint ? `, drawn as ${incident.footprint}${added.length ? ' (a new drawn area)' : ''}` : '';
		return finish(writeAll(files), `accepted draft ${id} as incident ${incident.id}: ${incident.title_en} — ${incident.date} (${incident.date_precision}), ${incident.place_ids.join(' + ')} at geo precision ${incident.geo_precision}${drawn}${placeNote}`);
	} catch (e) {
		if (e instanceof IncidentError || e instanceof AcceptError) fail(e.message.replace(/;? ?[Nn]othing changed\.?$/, '') + '; nothing changed.');
		throw e;
	}
}
