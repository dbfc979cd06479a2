/** Prints the problems loadRaw finds in a data folder, as JSON: run as another user by start-up.spec.ts. */
import { loadRaw } from '../../../src/lib/atlas/load';
import { buildAtlas } from '../../../src/lib/atlas/build';

const atlas = buildAtlas(loadRaw(process.argv[2]));
console.log(JSON.stringify({ articles: [...atlas.articles.keys()], problems: atlas.problems }));
