/**
 * Fills in `[start, end)` for quotes in geodata/incidents.json and geodata/articles/*.json that
 * give only `text`, and re-checks those that already have offsets (tools/lib/anchor.ts). A quote
 * must appear verbatim in its article. Holds the data folder's lock while it writes.
 * Run after editing those files: npm run anchor [-- dir]
 */
import { resolve } from 'node:path';
import { runWriter } from './lib/lock';
import { anchorAndWrite } from './lib/rebuild';

const dir = resolve(process.argv[2] ?? 'geodata');
await runWriter(dir, 'anchor', () => (anchorAndWrite(dir) ? 0 : 1));
