/**
 * The served build (`<data dir>/served/`, written by `npm run data`, tools/lib/served.ts): every
 * answer to an API request without a query string, stored as files named by their content hash,
 * precompressed (.br, .gz), listed in served/MANIFEST.json ($lib/model/wire ServedManifest).
 *
 * The server reads the manifest once at start-up — nothing else: start-up does not grow with the
 * corpus — and sends those files through `send`, as the static files are, with the headers the
 * app's own answer has ($lib/server/cache `respond`): `Cache-Control: no-cache`, a strong ETag per
 * encoding, `Vary: Accept-Encoding`. A file's bytes are checked against the manifest's SHA-256 the
 * first time it is asked for: a damaged file is refused (503, a JSON error saying to run
 * `npm run data`), never sent. Plain JS so build/harden can run it without the SvelteKit bundle; the
 * app (src/lib/server/served.ts) reads the same manifest through these functions.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import send from 'send';
import { sendError } from './errors.js';
import { pickEncoding, variantTag } from './negotiate.js';
import { NON_PAGE_CSP } from './security.js';

export const SERVED_DIR = 'served';
export const SERVED_MANIFEST = 'MANIFEST.json';
/** Must equal $lib/model/wire SERVED_FORMAT (tests/unit/served.spec.ts checks). */
export const SERVED_FORMAT = 1;
/** What the atlas is built from, relative to the data folder. */
export const INPUTS = ['articles', 'gazetteer.json', 'incidents.json', 'glosses.json', 'reference'];

/** @typedef {{ file: string, bytes: number, sha256: string }} StoredFile */
/** @typedef {{ type: string, etag: string, identity: StoredFile, br?: StoredFile, gzip?: StoredFile }} ServedAnswer */
/** @typedef {{ format: number, inputs: string, signature: string, code?: string, atlas: StoredFile, answers: Record<string, ServedAnswer> }} ServedManifest */

/**
 * The inputs' relative names, sizes and modification times, hashed: a staleness check that reads
 * no file (an edited article changes its size or time). Not proof of sameness — the content hash
 * (`inputs`) is, and `npm run serve` checks it — but enough for the server not to send a build of
 * other data.
 * @param {string} dataDir
 */
export function inputsSignature(dataDir) {
	const h = createHash('sha256');
	/** @param {string} rel */
	const walk = (rel) => {
		const p = join(dataDir, rel);
		if (!existsSync(p)) return;
		const s = statSync(p);
		if (s.isDirectory()) for (const n of readdirSync(p).sort()) walk(`${rel}/${n}`);
		else h.update(`${rel}\0${s.size}\0${Math.trunc(s.mtimeMs)}\0`);
	};
	for (const i of INPUTS) walk(i);
	return h.digest('hex');
}

/**
 * The served build of `dataDir` when it is there, of this format and of the data the folder now
 * holds; otherwise `problem` says why not (the app then builds the atlas itself).
 * @param {string} dataDir
 * @returns {{ dir: string, manifest: ServedManifest } | { problem: string }}
 */
export function readServed(dataDir) {
	const dir = join(resolve(dataDir), SERVED_DIR);
	/** @type {ServedManifest} */
	let manifest;
	try {
		manifest = JSON.parse(readFileSync(join(dir, SERVED_MANIFEST), 'utf8'));
	} catch (e) {
		const code = /** @type {NodeJS.ErrnoException} */ (e).code;
		return { problem: code === 'ENOENT' ? `no served build in ${dir}` : `${dir}/${SERVED_MANIFEST} cannot be read (${/** @type {Error} */ (e).message})` };
	}
	if (!manifest || typeof manifest !== 'object' || typeof manifest.answers !== 'object' || !manifest.atlas) return { problem: `${dir}/${SERVED_MANIFEST} is not a manifest` };
	if (manifest.format !== SERVED_FORMAT) return { problem: `${dir} is of format ${manifest.format}, this server reads ${SERVED_FORMAT}` };
	if (manifest.signature !== inputsSignature(dataDir)) return { problem: `${dir} was built from other data than ${resolve(dataDir)} now holds (stale)` };
	return { dir, manifest };
}

/**
 * A stored file's bytes, after checking them against the manifest; throws saying what is wrong.
 * @param {string} dir @param {StoredFile} stored
 */
export function verifiedBytes(dir, stored) {
	let bytes;
	try {
		bytes = readFileSync(join(dir, stored.file));
	} catch (e) {
		throw new Error(`${stored.file} cannot be read (${/** @type {NodeJS.ErrnoException} */ (e).code ?? /** @type {Error} */ (e).message})`, { cause: e });
	}
	if (bytes.length !== stored.bytes) throw new Error(`${stored.file} has ${bytes.length} bytes, the manifest says ${stored.bytes} (truncated or changed)`);
	if (createHash('sha256').update(bytes).digest('hex') !== stored.sha256) throw new Error(`${stored.file} does not match its SHA-256 in the manifest (damaged or changed)`);
	return bytes;
}

/** The sentence a client gets for a damaged file. */
export const DAMAGED = 'A file of the served build is damaged; it is not sent. Run `npm run data` (or `npm run serve`) to rebuild it.';

/**
 * A request handler for the served answers of `dataDir`; calls `next()` for anything else, and for
 * everything when there is no current served build (the app answers then).
 * @param {string} dataDir
 * @param {{ warn(message: string): void }} [log]
 */
export function servedAnswers(dataDir, log = { warn: (m) => console.warn(m) }) {
	const found = readServed(dataDir);
	if ('problem' in found) {
		log.warn(`[served] ${found.problem}: the app builds the atlas itself; \`npm run data\` writes the served build`);
		return Object.assign((/** @type {unknown} */ _req, /** @type {unknown} */ _res, /** @type {() => void} */ next) => next(), { size: 0 });
	}
	const { dir, manifest } = found;
	/** Files whose bytes matched the manifest, or why they did not: each file is read once to check. */
	/** @type {Map<string, string | true>} */
	const checked = new Map();
	/** @param {StoredFile} stored */
	const check = (stored) => {
		let verdict = checked.get(stored.file);
		if (verdict === undefined) {
			try {
				verifiedBytes(dir, stored);
				verdict = true;
			} catch (e) {
				verdict = /** @type {Error} */ (e).message;
				log.warn(`[served] refused: ${verdict}`);
			}
			checked.set(stored.file, verdict);
		}
		return verdict;
	};

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {() => void} next
	 */
	const handler = (req, res, next) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') return next();
		const url = req.url ?? '';
		// A query string, even an empty one, is the app's: filters, formats, downloads.
		if (url.includes('?') || !Object.hasOwn(manifest.answers, url)) return next();
		const answer = manifest.answers[url];
		/** @type {import('./negotiate.js').Encoding[]} */
		const have = [];
		if (answer.br) have.push('br');
		if (answer.gzip) have.push('gzip');
		const encoding = pickEncoding(req.headers['accept-encoding'], have);
		const stored = (encoding && answer[encoding]) || answer.identity;
		if (check(stored) !== true) return sendError(res, true, 503, 'damaged_build', DAMAGED);
		res.setHeader('cache-control', 'no-cache');
		res.setHeader('vary', 'Accept-Encoding');
		res.setHeader('etag', variantTag(answer.etag, encoding));
		res.setHeader('content-type', answer.type);
		res.setHeader('content-security-policy', NON_PAGE_CSP);
		if (encoding) res.setHeader('content-encoding', encoding);
		send(req, stored.file, { root: dir, index: false, etag: false, lastModified: false, acceptRanges: false, cacheControl: false })
			.on('error', (/** @type {{ message?: string }} */ err) => {
				if (res.headersSent) return res.destroy();
				log.warn(`[served] ${stored.file} could not be sent (${err.message}): refused`);
				checked.set(stored.file, String(err.message));
				for (const h of ['cache-control', 'vary', 'etag', 'content-type', 'content-encoding']) res.removeHeader(h);
				sendError(res, true, 503, 'damaged_build', DAMAGED);
			})
			.pipe(res);
	};
	return Object.assign(handler, { size: Object.keys(manifest.answers).length });
}
