#!/usr/bin/env node
// @ts-nocheck — plain Node build script; checked by running it (and tests/unit/glyphs.spec.ts).
// Generates MapLibre SDF glyph ranges (PBF) for the map's label fonts, offline.
//
//   npm run glyphs
//
// Fonts come from Debian's fonts-noto-core (SIL Open Font License 1.1):
//   "Noto Sans Regular,Noto Naskh Arabic Regular"  = NotoSans-Regular.ttf + NotoNaskhArabic-Regular.ttf
//   "Noto Sans Bold,Noto Naskh Arabic Bold"        = NotoSans-Bold.ttf    + NotoNaskhArabic-Bold.ttf (if present)
// In a composite stack the first font wins for a code point both fonts cover.
//
// Output: static/glyphs/<fontstack>/<start>-<end>.pbf for ALL 256 ranges (0-255 … 65280-65535);
// shaped Arabic asks for presentation forms (64256-65279) as well, so nothing is skipped.
// The output is committed: a fresh clone needs neither the fonts nor fontnik to run or test the app.
//
// Environment: NOTO_DIR overrides the font directory (default /usr/share/fonts/truetype/noto).

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'static', 'glyphs');
const NOTO_DIR = process.env.NOTO_DIR || '/usr/share/fonts/truetype/noto';

const STACKS = [
	{
		name: 'Noto Sans Regular,Noto Naskh Arabic Regular',
		files: ['NotoSans-Regular.ttf', 'NotoNaskhArabic-Regular.ttf'],
		required: true
	},
	{
		name: 'Noto Sans Bold,Noto Naskh Arabic Bold',
		files: ['NotoSans-Bold.ttf', 'NotoNaskhArabic-Bold.ttf'],
		required: false
	}
];

// Ranges whose glyph counts we check after generation (Arabic, Arabic presentation forms A/B).
const MUST_HAVE = [
	{ range: '0-255', min: 90, what: 'Basic Latin + Latin-1' },
	{ range: '1536-1791', min: 150, what: 'Arabic' },
	{ range: '64256-64511', min: 50, what: 'Arabic Presentation Forms-A (part)' },
	{ range: '65024-65279', min: 100, what: 'Arabic Presentation Forms-B' }
];

function fail(msg) {
	console.error(`build-glyphs: ERROR: ${msg}`);
	process.exit(1);
}

// ---- fonts ---------------------------------------------------------------------------------

/** Reads a string from a TrueType 'name' table (nameID 5 = version, 0 = copyright). */
function ttfName(buf, nameId) {
	const numTables = buf.readUInt16BE(4);
	for (let i = 0; i < numTables; i++) {
		const rec = 12 + i * 16;
		if (buf.toString('latin1', rec, rec + 4) !== 'name') continue;
		const off = buf.readUInt32BE(rec + 8);
		const count = buf.readUInt16BE(off + 2);
		const strOff = off + buf.readUInt16BE(off + 4);
		for (let j = 0; j < count; j++) {
			const r = off + 6 + j * 12;
			const platform = buf.readUInt16BE(r);
			const encoding = buf.readUInt16BE(r + 2);
			const id = buf.readUInt16BE(r + 6);
			const len = buf.readUInt16BE(r + 8);
			const start = strOff + buf.readUInt16BE(r + 10);
			if (id !== nameId) continue;
			if (platform === 3 && (encoding === 1 || encoding === 10)) {
				const s = buf.subarray(start, start + len);
				let out = '';
				for (let k = 0; k + 1 < s.length; k += 2) out += String.fromCharCode(s.readUInt16BE(k));
				return out;
			}
			if (platform === 1 && encoding === 0) return buf.toString('latin1', start, start + len);
		}
	}
	return '';
}

// ---- tiny protobuf reader (glyphs.proto), used to verify the output ------------------------

function readVarint(buf, pos) {
	let result = 0;
	let shift = 0;
	for (;;) {
		const b = buf[pos.i++];
		result += (b & 0x7f) * 2 ** shift;
		if (b < 0x80) return result;
		shift += 7;
	}
}

function skipField(buf, pos, wire) {
	if (wire === 0) readVarint(buf, pos);
	else if (wire === 1) pos.i += 8;
	else if (wire === 2) {
		const len = readVarint(buf, pos); // read first: `pos.i += readVarint()` would lose the advance
		pos.i += len;
	}
	else if (wire === 5) pos.i += 4;
	else throw new Error(`unsupported wire type ${wire}`);
}

/** Returns { name, range, ids[] } for the first fontstack of a glyphs PBF. */
export function decodeGlyphPbf(buf) {
	const pos = { i: 0 };
	const out = { name: '', range: '', ids: [] };
	while (pos.i < buf.length) {
		const tag = readVarint(buf, pos);
		if (tag >> 3 === 1 && (tag & 7) === 2) {
			const len = readVarint(buf, pos);
			const end = pos.i + len;
			while (pos.i < end) {
				const t = readVarint(buf, pos);
				const field = t >> 3;
				if (field === 1 || field === 2) {
					const l = readVarint(buf, pos);
					out[field === 1 ? 'name' : 'range'] = buf.toString('utf8', pos.i, pos.i + l);
					pos.i += l;
				} else if (field === 3) {
					const l = readVarint(buf, pos);
					const gEnd = pos.i + l;
					while (pos.i < gEnd) {
						const gt = readVarint(buf, pos);
						if (gt >> 3 === 1 && (gt & 7) === 0) out.ids.push(readVarint(buf, pos));
						else skipField(buf, pos, gt & 7);
					}
				} else skipField(buf, pos, t & 7);
			}
			return out;
		}
		skipField(buf, pos, tag & 7);
	}
	return out;
}

// ---- main ----------------------------------------------------------------------------------

async function main() {
	const missingRequired = STACKS.filter((s) => s.required)
		.flatMap((s) => s.files)
		.filter((f) => !existsSync(join(NOTO_DIR, f)));
	if (missingRequired.length) {
		fail(
			`font file(s) not found in ${NOTO_DIR}: ${missingRequired.join(', ')}\n` +
				`  Install them with:  apt-get install fonts-noto-core\n` +
				`  (or set NOTO_DIR to a directory holding these TTFs)`
		);
	}

	let fontnik;
	try {
		fontnik = require('fontnik');
	} catch (e) {
		fail(`cannot load fontnik (${e.message}). Run \`npm ci\` first.`);
	}
	const range = (opts) =>
		new Promise((res, rej) => fontnik.range(opts, (err, data) => (err ? rej(err) : res(data))));
	const composite = (bufs) =>
		new Promise((res, rej) => fontnik.composite(bufs, (err, data) => (err ? rej(err) : res(data))));

	mkdirSync(OUT, { recursive: true });
	const report = [];
	const fontsUsed = [];

	for (const stack of STACKS) {
		const paths = stack.files.map((f) => join(NOTO_DIR, f));
		if (!paths.every(existsSync)) {
			console.log(`build-glyphs: skipping "${stack.name}" (missing ${stack.files.join(' or ')})`);
			continue;
		}
		const fonts = paths.map((p) => readFileSync(p));
		fonts.forEach((buf, i) =>
			fontsUsed.push({
				file: stack.files[i],
				version: ttfName(buf, 5),
				copyright: ttfName(buf, 0),
				sha256: createHash('sha256').update(buf).digest('hex')
			})
		);

		const dir = join(OUT, stack.name);
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });

		const t0 = Date.now();
		const starts = Array.from({ length: 256 }, (_, i) => i * 256);
		let total = 0;
		// A few ranges at a time: fontnik runs on the libuv thread pool.
		for (let b = 0; b < starts.length; b += 8) {
			await Promise.all(
				starts.slice(b, b + 8).map(async (start) => {
					const end = start + 255;
					const parts = await Promise.all(fonts.map((font) => range({ font, start, end })));
					const pbf = Buffer.from(await composite(parts));
					writeFileSync(join(dir, `${start}-${end}.pbf`), pbf);
					total += pbf.length;
				})
			);
		}
		const files = readdirSync(dir).filter((f) => f.endsWith('.pbf'));
		if (files.length !== 256) fail(`${stack.name}: expected 256 ranges, wrote ${files.length}`);

		for (const m of MUST_HAVE) {
			const buf = readFileSync(join(dir, `${m.range}.pbf`));
			const { ids, range: r } = decodeGlyphPbf(buf);
			if (r !== m.range) fail(`${stack.name}/${m.range}.pbf: range field says "${r}"`);
			if (ids.length < m.min)
				fail(`${stack.name}/${m.range}.pbf: only ${ids.length} glyphs for ${m.what} (want >= ${m.min})`);
			report.push(`  ${stack.name}/${m.range}.pbf: ${ids.length} glyphs (${m.what})`);
		}
		console.log(
			`build-glyphs: "${stack.name}": 256 ranges, ${(total / 1024 / 1024).toFixed(2)} MB, ${Date.now() - t0} ms`
		);
	}

	console.log(report.join('\n'));

	// Provenance: which font files (versions, hashes) these ranges came from.
	const lines = fontsUsed.map(
		(f) => `- ${f.file} — ${f.version} — sha256 ${f.sha256}\n  ${f.copyright}`
	);
	writeFileSync(join(OUT, 'FONTS.txt'), `Generated by tools/glyphs.mjs from ${NOTO_DIR}:\n${lines.join('\n')}\n`);

	let all = 0;
	for (const d of readdirSync(OUT)) {
		const p = join(OUT, d);
		if (statSync(p).isDirectory()) for (const f of readdirSync(p)) all += statSync(join(p, f)).size;
	}
	console.log(`build-glyphs: total ${(all / 1024 / 1024).toFixed(2)} MB in ${OUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((e) => fail(e.stack || String(e)));
}
