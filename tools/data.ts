/**
 * `npm run data`: builds the atlas from geodata/ exactly as the server does at start-up, checks it,
 * and writes the exports to geodata/build/ (one .geojson per layer, mentions.json, report.md,
 * MANIFEST.json last) — into a new folder switched in by rename, so build/ is always whole.
 * Run it after adding or editing an article, the gazetteer or the incidents. Exits 1 on any data
 * problem (a broken article file, a quote that is not verbatim, a geometry recipe that fails).
 * It holds the data folder's lock while it writes (tools/lib/lock.ts).
 *   npm run data [-- --data-dir other/geodata]
 *   npm run data -- --check   says whether texts, SHA256SUMS, metadata and build/ agree; writes nothing
 *   npm run data -- --served  writes the served build (served/: what the server sends) only if it is
 *                             missing, stale (other data or code) or damaged — `npm run serve` runs it
 */
import { toolArgs } from './lib/args';
import { runWriter } from './lib/lock';
import { rebuild } from './lib/rebuild';
import { checkCorpus } from './lib/check';
import { ensureServed } from './lib/ensureServed';

const cli = toolArgs('data', 'usage: npm run data [-- --data-dir <dir>] [--check | --served]', { check: { type: 'boolean' }, served: { type: 'boolean' } });
const dir = cli.dir;
if (cli.flag('check')) {
	// Under the lock, so it never reads a command half-applied; it reports interrupted plans, not runs them.
	await runWriter(
		dir,
		'data --check',
		() => {
			const problems = checkCorpus(dir);
			if (!problems.length) console.log(`consistent: ${dir} — texts, SHA256SUMS, metadata and build/ agree.`);
			else console.error(`inconsistent: ${dir}\n${problems.map((p) => `- ${p}`).join('\n')}`);
			return problems.length ? 1 : 0;
		},
		{ recover: false }
	);
} else if (cli.flag('served')) await runWriter(dir, 'data --served', () => ensureServed(dir));
else await runWriter(dir, 'data', () => (rebuild(dir) ? 0 : 1));
