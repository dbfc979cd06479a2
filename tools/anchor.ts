/**
 * Fills in `[start, end)` for quotes in geodata/incidents.json and geodata/articles/*.json that
 * give only `text`, and re-checks those that already have offsets (tools/lib/anchor.ts). A quote
 * must appear verbatim in its article. Holds the data folder's lock while it writes.
 * Run after editing those files: npm run anchor [-- --data-dir dir] (a bare folder also names it).
 */
import { resolve } from 'node:path';
import { toolArgs } from './lib/args';
import { runWriter } from './lib/lock';
import { anchorAndWrite } from './lib/rebuild';

const cli = toolArgs('anchor', 'usage: npm run anchor [-- --data-dir <dir>]');
const dir = cli.positionals[0] ? resolve(cli.positionals[0]) : cli.dir;
await runWriter(dir, 'anchor', () => (anchorAndWrite(dir) ? 0 : 1));
