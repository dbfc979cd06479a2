/**
 * `npm run build`'s last step (package.json "postbuild"): copy server/ into build/harden/ and make
 * build/index.js start it, so `node build` (and `npm start`) serve through the hardened server.
 * adapter-node's own entry stays as build/adapter-index.js.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = `${root}build`;
if (!existsSync(`${build}/handler.js`)) {
	console.error('server/install.js: build/handler.js is missing; run `vite build` (npm run build) first.');
	process.exit(1);
}
mkdirSync(`${build}/harden`, { recursive: true });
for (const f of readdirSync(`${root}server`)) {
	if (f.endsWith('.js') && f !== 'install.js') copyFileSync(`${root}server/${f}`, `${build}/harden/${f}`);
}
if (!existsSync(`${build}/adapter-index.js`)) renameSync(`${build}/index.js`, `${build}/adapter-index.js`);
writeFileSync(`${build}/index.js`, "// Written by server/install.js: the hardened server (server/index.js) around adapter-node's handler.\nimport './harden/index.js';\n");
console.log('server/install.js: build/index.js now starts the hardened server (build/harden/)');
