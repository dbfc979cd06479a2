/**
 * `npm run db:load`: the built atlas into PostgreSQL (DATABASE_URL; `npm run db:start` prints one):
 * places, areas, lines, incidents and every other layer's features with SRID 4326 geometries,
 * articles, excerpts, sources and the `near` targets, with GiST and date indexes — in one
 * transaction, built in a new schema and swapped in, so a failed or killed load leaves the
 * previous data serving. The atlas is built in-process from geodata/ exactly as the server builds
 * it (src/lib/atlas/load + build), under the data folder's lock, so it never reads a writer's half.
 *   npm run db:load [-- --data-dir other/geodata]
 */
import { toolArgs } from './lib/args';
import { runWriter } from './lib/lock';
import { loadRaw } from '../src/lib/atlas/load';
import { buildAtlas } from '../src/lib/atlas/build';
import { loadAtlas } from '../src/lib/server/db/load';
import { DbUnavailable, getPool, withClient } from '../src/lib/server/db/pool';

const { dir } = toolArgs('db:load', 'usage: npm run db:load [-- --data-dir <dir>]');

if (!getPool()) {
	console.error('db:load: DATABASE_URL is not set (npm run db:start prints one). Nothing was loaded.');
	process.exit(1);
}

await runWriter(dir, 'db:load', async () => {
	const t0 = performance.now();
	const atlas = buildAtlas(loadRaw(dir));
	for (const p of atlas.problems) console.warn(`problem: ${p.where}: ${p.message}`);
	try {
		const s = await withClient((db) =>
			loadAtlas(db, atlas, {
				// A test's hook: die after the features are written, before COMMIT.
				afterFeatures: process.env.ATLAS_DB_LOAD_DIE_AFTER_FEATURES === '1' ? async () => void process.kill(process.pid, 'SIGKILL') : undefined
			})
		);
		console.log(
			`db:load: ${s.features} features, ${s.articles} articles, ${s.excerpts} excerpts, ${s.sources} sources loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (version ${s.version})`
		);
		return 0;
	} catch (e) {
		const why = e instanceof DbUnavailable ? `the database cannot be reached: ${e.message}` : (e as Error).message;
		console.error(`db:load: nothing was changed (the previous data still serves): ${why}`);
		return 1;
	}
});
await getPool()?.end();
