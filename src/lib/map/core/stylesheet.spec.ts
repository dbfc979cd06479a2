import { describe, expect, it } from 'vitest';
import { loadStylesheet } from './stylesheet';

/** Just enough of a document: links are event targets the test fires load/error on. */
function fakeDocument() {
	const appended: (EventTarget & { rel?: string; href?: string })[] = [];
	const doc = {
		createElement: () => new EventTarget(),
		head: { append: (el: EventTarget) => appended.push(el) }
	} as unknown as Document;
	return { doc, appended };
}

describe('loadStylesheet', () => {
	it('adds one stylesheet link per URL and resolves when it loads', async () => {
		const { doc, appended } = fakeDocument();
		const a = loadStylesheet('/a.css', doc);
		const again = loadStylesheet('/a.css', doc);
		expect(again).toBe(a);
		expect(appended).toHaveLength(1);
		expect(appended[0]).toMatchObject({ rel: 'stylesheet', href: '/a.css' });
		let done = false;
		a.then(() => (done = true));
		await Promise.resolve();
		expect(done).toBe(false);
		appended[0].dispatchEvent(new Event('load'));
		await a;
		expect(done).toBe(true);
	});

	it('resolves when the stylesheet fails too: the map does not wait for ever', async () => {
		const { doc, appended } = fakeDocument();
		const b = loadStylesheet('/b.css', doc);
		appended[0].dispatchEvent(new Event('error'));
		await expect(b).resolves.toBeUndefined();
	});
});
