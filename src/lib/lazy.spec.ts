import { describe, expect, it } from 'vitest';
import { lazyOnce } from './lazy';

describe('lazyOnce', () => {
	it('loads once, however often and however concurrently it is asked', async () => {
		let calls = 0;
		const get = lazyOnce(async () => ({ n: ++calls }));
		const [a, b] = await Promise.all([get(), get()]);
		const c = await get();
		expect(calls).toBe(1);
		expect(a).toBe(b);
		expect(c).toBe(a);
	});

	it('tries again after a failure, and keeps the first success', async () => {
		let calls = 0;
		const get = lazyOnce(async () => {
			calls++;
			if (calls === 1) throw new Error('offline');
			return calls;
		});
		await expect(get()).rejects.toThrow('offline');
		expect(await get()).toBe(2);
		expect(await get()).toBe(2);
		expect(calls).toBe(2);
	});
});
