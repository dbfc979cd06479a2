/** Times one atlas build on a data directory: `npx tsx tests/bench/extract.ts DIR` prints {"ms": …}. */
import { loadRaw } from '../../src/lib/atlas/load';
import { buildAtlas } from '../../src/lib/atlas/build';

const t0 = performance.now();
const atlas = buildAtlas(loadRaw(process.argv[2]));
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, incidents: atlas.incidents.size, articles: atlas.articles.size }));
