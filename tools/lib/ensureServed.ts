/**
 * `npm run data -- --served` (run by `npm run serve` before the server starts): the served build is
 * written only when it is missing, stale (other data or other code) or damaged; a current one whose
 * inputs only have new modification times (a fresh checkout) gets its signature re-recorded.
 */
import { buildAtlas } from '../../src/lib/atlas/build';
import { loadRaw } from '../../src/lib/atlas/load';
import { resign, servedState, writeServed } from './served';

export function ensureServed(dir: string): number {
	const t0 = Date.now();
	const state = servedState(dir);
	if (state.current) {
		if (resign(dir, state.manifest)) console.log('served build current (its inputs have new times: signature re-recorded)');
		else console.log('served build current');
		return 0;
	}
	console.log(`writing the served build: ${state.why}`);
	const s = writeServed(dir, buildAtlas(loadRaw(dir)));
	console.log(`served build: ${s.answers} answers, ${s.bytes} bytes with their compressed copies → ${s.dir} in ${Date.now() - t0} ms`);
	return 0;
}
