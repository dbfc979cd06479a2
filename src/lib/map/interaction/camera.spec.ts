import { describe, expect, it } from 'vitest';
import { clearArea, contains, fitPadding, obstructionPadding } from './camera';

const desktop = { left: 0, top: 0, right: 850, bottom: 800 };
const phone = { left: 0, top: 0, right: 390, bottom: 844 };

describe('obstructionPadding', () => {
	it('a floating sidebar on the left pads the left (English desktop)', () => {
		expect(obstructionPadding(desktop, [{ left: 10, top: 10, right: 298, bottom: 680 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 298 });
	});
	it('the same sidebar on the right pads the right (Arabic desktop)', () => {
		expect(obstructionPadding(desktop, [{ left: 552, top: 10, right: 840, bottom: 680 }])).toEqual({ top: 0, right: 298, bottom: 0, left: 0 });
	});
	it('a phone: the folded sidebar pads the top, the bottom sheet the bottom', () => {
		const pad = obstructionPadding(phone, [
			{ left: 10, top: 10, right: 380, bottom: 72 },
			{ left: 0, top: 354, right: 390, bottom: 844 }
		]);
		expect(pad).toEqual({ top: 72, right: 0, bottom: 490, left: 0 });
		expect(clearArea(phone, pad)).toEqual({ left: 0, top: 72, right: 390, bottom: 354 });
	});
	it('ignores covers outside the map, and clips those half outside', () => {
		// A desktop side panel beside (not over) the map, and a sidebar reaching past the map's top.
		expect(
			obstructionPadding(desktop, [
				{ left: 850, top: 0, right: 1280, bottom: 800 },
				{ left: 0, top: -50, right: 200, bottom: 300 }
			])
		).toEqual({ top: 0, right: 0, bottom: 0, left: 200 });
	});
	it('keeps the larger of two covers on one side', () => {
		expect(obstructionPadding(desktop, [{ left: 0, top: 0, right: 100, bottom: 800 }, { left: 0, top: 300, right: 250, bottom: 400 }]).left).toBe(250);
	});
});

describe('contains and fitPadding', () => {
	it('tells whether a feature lies in the clear area', () => {
		const clear = clearArea(desktop, { top: 0, right: 0, bottom: 0, left: 298 });
		expect(contains(clear, { left: 400, top: 100, right: 500, bottom: 200 })).toBe(true);
		expect(contains(clear, { left: 250, top: 100, right: 500, bottom: 200 })).toBe(false);
	});
	it('subtracts the padding the map already has, and adds the margin', () => {
		expect(fitPadding({ top: 72, right: 0, bottom: 490, left: 0 }, { top: 0, right: 0, bottom: 490, left: 0 }, 30)).toEqual({
			top: 102,
			right: 30,
			bottom: 30,
			left: 30
		});
	});
});
