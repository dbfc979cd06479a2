/**
 * `npm run build`'s last step (package.json "postbuild"): copy the production server
 * (src/lib/server/node/) into build/harden/ and make build/index.js start it, so `node build` (and
 * `npm start`) serve through the hardened server. adapter-node's own entry stays as build/adapter-index.js.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = `${root}build`;
const node = `${root}src/lib/server/node`;
if (!existsSync(`${build}/handler.js`)) {
	console.error('tools/install-server.js: build/handler.js is missing; run `vite build` (npm run build) first.');
	process.exit(1);
}
mkdirSync(`${build}/harden`, { recursive: true });
for (const f of readdirSync(node)) {
	if (f.endsWith('.js')) copyFileSync(`${node}/${f}`, `${build}/harden/${f}`);
}
if (!existsSync(`${build}/adapter-index.js`)) renameSync(`${build}/index.js`, `${build}/adapter-index.js`);
writeFileSync(`${build}/index.js`, "// Written by tools/install-server.js: the hardened server (src/lib/server/node/index.js) around adapter-node's handler.\nimport './harden/index.js';\n");
console.log('tools/install-server.js: build/index.js now starts the hardened server (build/harden/)');
