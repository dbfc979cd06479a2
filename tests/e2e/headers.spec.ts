// Security headers, content types, Range and caching as the built server sends them.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { isErrorShape, raw } from './http';

const GLYPH = '/glyphs/Noto%20Sans%20Regular,Noto%20Naskh%20Arabic%20Regular/0-255.pbf';

/** The page's policy, as a map of directive → sources. */
function directives(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

test('the page has a strict Content-Security-Policy with a nonce, and the other security headers', async () => {
	const r = await raw('GET', '/');
	expect(r.status).toBe(200);
	const csp = directives(String(r.headers['content-security-policy']));
	const script = csp.get('script-src') ?? [];
	expect(script).not.toContain("'unsafe-inline'");
	expect(script).not.toContain("'unsafe-eval'");
	expect(script.some((s) => /^'nonce-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
	expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
	expect(csp.get('object-src')).toEqual(["'none'"]);
	expect(csp.get('worker-src')).toEqual(["'self'"]);
	expect(csp.get('default-src')).toEqual(["'self'"]);
	// Every executable script element the server wrote carries the nonce.
	const nonce = script.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
	const scripts = [...r.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((s) => !s.includes('type="application/json"'));
	expect(scripts.length).toBeGreaterThan(0);
	for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
	expect(r.headers['x-content-type-options']).toBe('nosniff');
	expect(r.headers['referrer-policy']).toBe('no-referrer');
	expect(r.headers['x-frame-options']).toBe('DENY');
	// A second page gets another nonce.
	const again = directives(String((await raw('GET', '/')).headers['content-security-policy']));
	expect(again.get('script-src')).not.toEqual(script);
});

test('nosniff and a referrer policy on every kind of response', async () => {
	const page = await raw('GET', '/');
	const asset = page.text.match(/\/_app\/immutable\/[^"']+\.js/)![0];
	for (const path of ['/', '/robots.txt', asset, GLYPH, '/api/layers', '/api/layers/places', '/api/places/no-such-place', '/no/such/page', '/api/places/%ff']) {
		const r = await raw('GET', path);
		expect(r.headers['x-content-type-options'], path).toBe('nosniff');
		expect(r.headers['referrer-policy'], path).toBe('no-referrer');
	}
});

test('glyphs are application/x-protobuf; scripts, styles and text have their types', async () => {
	const page = await raw('GET', '/');
	const js = page.text.match(/\/_app\/immutable\/[^"']+\.js/)![0];
	const css = page.text.match(/\/_app\/immutable\/[^"']+\.css/)![0];
	expect((await raw('GET', GLYPH)).headers['content-type']).toBe('application/x-protobuf');
	expect((await raw('GET', js)).headers['content-type']).toMatch(/^text\/javascript/);
	expect((await raw('GET', css)).headers['content-type']).toMatch(/^text\/css/);
	expect((await raw('GET', '/robots.txt')).headers['content-type']).toMatch(/^text\/plain/);
	expect((await raw('GET', '/api/layers/places')).headers['content-type']).toBe('application/geo+json');
	// Immutable build assets are cached for good; the rest revalidates.
	expect((await raw('GET', js)).headers['cache-control']).toContain('immutable');
	expect((await raw('GET', GLYPH)).headers['cache-control']).not.toContain('immutable');
});

test('Range on static files follows RFC 9110', async () => {
	const whole = await raw('GET', '/robots.txt');
	const size = whole.body.length;
	expect(whole.headers['accept-ranges']).toBe('bytes');

	const one = await raw('GET', '/robots.txt', { range: 'bytes=0-0' });
	expect(one.status).toBe(206);
	expect(one.headers['content-range']).toBe(`bytes 0-0/${size}`);
	expect(one.headers['content-length']).toBe('1');
	expect(one.body).toEqual(whole.body.subarray(0, 1));

	const suffix = await raw('GET', '/robots.txt', { range: 'bytes=-5' });
	expect(suffix.status).toBe(206);
	expect(suffix.headers['content-range']).toBe(`bytes ${size - 5}-${size - 1}/${size}`);
	expect(suffix.body).toEqual(whole.body.subarray(size - 5));

	const open = await raw('GET', GLYPH, { range: 'bytes=100-' });
	const glyph = await raw('GET', GLYPH);
	expect(open.status).toBe(206);
	expect(open.body).toEqual(glyph.body.subarray(100));

	for (const bad of ['bytes=5-1', `bytes=${size}-`, 'bytes=-0']) {
		const r = await raw('GET', '/robots.txt', { range: bad });
		expect(r.status, bad).toBe(416);
		expect(r.headers['content-range'], bad).toBe(`bytes */${size}`);
		expect(Number(r.headers['content-length']), bad).toBeGreaterThanOrEqual(0);
		expect(r.text, bad).not.toMatch(/Error|at \w+ \(/);
	}

	// Several ranges, or a malformed specifier (RFC 9110 §14.2: MAY be ignored), get the whole file.
	for (const range of ['bytes=0-1,4-5', 'bytes=x-y']) {
		const r = await raw('GET', '/robots.txt', { range });
		expect(r.status, range).toBe(200);
		expect(r.body, range).toEqual(whole.body);
	}

	// A range of a changed file (If-Range no longer matching) gets the whole file.
	const stale = await raw('GET', '/robots.txt', { range: 'bytes=0-0', 'if-range': '"not-this-one"' });
	expect(stale.status).toBe(200);
	expect(stale.body).toEqual(whole.body);
});

test('static files: strong ETag, 304, and precompressed variants by Accept-Encoding', async () => {
	const page = await raw('GET', '/');
	const js = page.text.match(/\/_app\/immutable\/[^"']+\.js/)![0];
	const plain = await raw('GET', js);
	const br = await raw('GET', js, { 'accept-encoding': 'br' });
	const gz = await raw('GET', js, { 'accept-encoding': 'gzip' });
	expect(br.headers['content-encoding']).toBe('br');
	expect(gz.headers['content-encoding']).toBe('gzip');
	expect(brotliDecompressSync(br.body)).toEqual(plain.body);
	expect(gunzipSync(gz.body)).toEqual(plain.body);
	expect(br.headers.vary).toBe('Accept-Encoding');
	for (const r of [plain, br, gz]) expect(r.headers.etag).toMatch(/^"[^"]+"$/);
	const again = await raw('GET', js, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
	expect(again.status).toBe(304);
	expect(again.body.length).toBe(0);
});

test('layers are served precompressed with a strong ETag, 304 when current, no-cache', async () => {
	const plain = await raw('GET', '/api/layers/places');
	const br = await raw('GET', '/api/layers/places', { 'accept-encoding': 'gzip, deflate, br' });
	const gz = await raw('GET', '/api/layers/places', { 'accept-encoding': 'gzip' });
	expect(plain.status).toBe(200);
	expect(br.headers['content-encoding']).toBe('br');
	expect(gz.headers['content-encoding']).toBe('gzip');
	expect(brotliDecompressSync(br.body)).toEqual(plain.body);
	expect(gunzipSync(gz.body)).toEqual(plain.body);
	expect(br.body.length).toBeLessThan(plain.body.length / 3);
	expect(JSON.parse(plain.text).type).toBe('FeatureCollection');
	for (const r of [plain, br, gz]) {
		expect(r.headers['cache-control']).toBe('no-cache');
		expect(r.headers.vary).toBe('Accept-Encoding');
		expect(r.headers.etag).toMatch(/^"[^"]+"$/);
		const again = await raw('GET', '/api/layers/places', { 'accept-encoding': String(r.headers['content-encoding'] ?? 'identity'), 'if-none-match': String(r.headers.etag) });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	}
	// The same bytes every time: serialised once.
	expect((await raw('GET', '/api/layers/places')).body).toEqual(plain.body);
	// A download is the same body with a file name.
	const dl = await raw('GET', '/api/layers/places?download=1');
	expect(dl.body).toEqual(plain.body);
	expect(dl.headers['content-disposition']).toContain('frontier-atlas-places.geojson');
});

test.describe('the policy at work', () => {
	// The browser reports what it blocked on the console: expected here, and only here.
	test.use({ allowedConsoleErrors: [/Content Security Policy|status of 404/] });

	test('an inline script is refused by the page policy, and the CSP guard reports it', async ({ page, cspViolations }) => {
		await page.goto('/');
		await expect(page.locator('main, [role="main"]').first()).toBeVisible();
		const ran = await page.evaluate(async () => {
			const w = window as unknown as { __injected?: boolean };
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.head.append(s);
			const img = document.createElement('img');
			img.setAttribute('src', 'x');
			img.setAttribute('onerror', 'window.__injected = true');
			document.body.append(img);
			await new Promise((r) => setTimeout(r, 300));
			return w.__injected === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(1);
		expect(cspViolations.join('\n')).toMatch(/script-src/);
		// Seen and asserted: not a failure of this test.
		cspViolations.length = 0;
	});
});

test('error answers of the API are JSON even for a bad encoding', async () => {
	for (const id of ['%ff', '%c3%28', '%zz', 'abc%']) {
		const r = await raw('GET', `/api/places/${id}`);
		expect(r.status, id).toBe(400);
		expect(r.headers['content-type'], id).toMatch(/^application\/json/);
		expect(isErrorShape(r.text), r.text).toBe(true);
	}
});

test.describe('the served build (src/lib/server/node/served.js) answers as the app does', () => {
	/** Every header but the ones Node adds per connection or per second. */
	const headerSet = (r: { headers: Record<string, unknown> }) =>
		Object.entries(r.headers)
			.filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k))
			.map(([k, v]) => `${k}: ${String(v)}`)
			.sort();

	test('a stored answer is the same bytes and headers the second time, and the same as the app path', async () => {
		const places = JSON.parse((await raw('GET', '/api/layers/places')).text) as { features: { id: string }[] };
		// A place at random: any of them is stored by `npm run data`, and answered so without a query string.
		const place = places.features[Math.floor(Math.random() * places.features.length)].id;
		for (const path of ['/api/layers/places', '/api/map/places', `/api/places/${encodeURIComponent(place)}`]) {
			for (const accept of ['identity', 'gzip', 'gzip, deflate, br']) {
				const headers = { 'accept-encoding': accept };
				const first = await raw('GET', path, headers);
				const second = await raw('GET', path, headers);
				// A query string, even an empty one, always goes through the app.
				const viaApp = await raw('GET', `${path}?`, headers);
				expect(first.status, path).toBe(200);
				for (const r of [second, viaApp]) {
					expect(r.status, `${path} ${accept}`).toBe(200);
					expect(r.body.equals(first.body), `${path} ${accept}`).toBe(true);
					expect(headerSet(r), `${path} ${accept}`).toEqual(headerSet(first));
				}
				expect(first.headers['content-encoding'], accept).toBe(accept === 'identity' ? undefined : accept.endsWith('br') ? 'br' : 'gzip');
				expect(first.headers['content-security-policy']).toContain("default-src 'none'");
				expect(first.headers['x-frame-options']).toBe('DENY');

				const head = await raw('HEAD', path, headers);
				const headViaApp = await raw('HEAD', `${path}?`, headers);
				expect(head.body.length).toBe(0);
				expect(headerSet(head)).toEqual(headerSet(first));
				expect(headerSet(headViaApp)).toEqual(headerSet(first));

				const cond = { ...headers, 'if-none-match': String(first.headers.etag) };
				const notModified = await raw('GET', path, cond);
				const notModifiedViaApp = await raw('GET', `${path}?`, cond);
				expect(notModified.status).toBe(304);
				expect(notModifiedViaApp.status).toBe(304);
				expect(notModified.body.length).toBe(0);
				expect(headerSet(notModified)).toEqual(headerSet(notModifiedViaApp));
			}
		}
	});

	test('a query string is always answered by the app: filters, downloads and their errors', async () => {
		const plain = await raw('GET', '/api/layers/places');
		const dl = await raw('GET', '/api/layers/places?download=1');
		expect(dl.headers['content-disposition']).toContain('attachment');
		expect(dl.body.equals(plain.body)).toBe(true);
		const bad = await raw('GET', '/api/layers/places?download=maybe');
		expect(bad.status).toBe(400);
		expect(isErrorShape(bad.text), bad.text).toBe(true);
		// …and none of it changed what the plain path answers.
		const again = await raw('GET', '/api/layers/places');
		expect(again.headers['content-disposition']).toBeUndefined();
		expect(again.body.equals(plain.body)).toBe(true);
		// Other methods are the app's too: the API is read-only.
		const post = await raw('POST', '/api/layers/places', { 'content-type': 'application/json' }, '{}');
		expect(post.status).toBe(405);
		expect(isErrorShape(post.text), post.text).toBe(true);
	});
});

test('pages are sent compressed to a client that takes it, whole and with their policy', async () => {
	for (const [accept, encoding] of [
		['gzip, deflate, br', 'br'],
		['gzip', 'gzip']
	] as const) {
		const r = await raw('GET', '/', { 'accept-encoding': accept });
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding']).toBe(encoding);
		expect(String(r.headers.vary)).toContain('Accept-Encoding');
		const html = (encoding === 'br' ? brotliDecompressSync(r.body) : gunzipSync(r.body)).toString('utf8');
		expect(html).toMatch(/^<!doctype html>/i);
		expect(html).toContain('</html>');
		// The nonce of this answer's policy is the one on its scripts.
		const nonce = /'nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))![1];
		expect(html).toContain(`nonce="${nonce}"`);
		const head = await raw('HEAD', '/', { 'accept-encoding': accept });
		expect(head.headers['content-encoding']).toBe(encoding);
		expect(head.body.length).toBe(0);
	}
	// Without Accept-Encoding (or refusing both), the page as it is.
	const plain = await raw('GET', '/', { 'accept-encoding': 'identity' });
	expect(plain.headers['content-encoding']).toBeUndefined();
	expect(plain.text).toMatch(/^<!doctype html>/i);
});
