/**
 * `npm run data`: builds the atlas from geodata/ exactly as the server does at start-up, checks it,
 * and writes the exports to geodata/build/ (one .geojson per layer, mentions.json, report.md).
 * Run it after adding or editing an article, the gazetteer or the incidents. Exits 1 on any data
 * problem (a broken article file, a quote that is not verbatim, a geometry recipe that fails).
 * It holds the data folder's lock while it writes (tools/lib/lock.ts).
 *   npm run data [-- --data-dir other/geodata]
 */
import { resolve } from 'node:path';
import { runWriter } from './lib/lock';
import { rebuild } from './lib/rebuild';

const argDir = process.argv.indexOf('--data-dir');
const dir = resolve(argDir > 0 ? process.argv[argDir + 1] : 'geodata');
await runWriter(dir, 'data', () => (rebuild(dir) ? 0 : 1));
