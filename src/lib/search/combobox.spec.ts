import { describe, expect, it } from 'vitest';
import { arrowMove } from './combobox';

describe('arrowMove', () => {
	it('opens a closed box on the first option (Down) or the last (Up)', () => {
		expect(arrowMove('ArrowDown', 3, { open: false, active: -1 })).toEqual({ open: true, active: 0 });
		expect(arrowMove('ArrowUp', 3, { open: false, active: -1 })).toEqual({ open: true, active: 2 });
	});
	it('moves one option at a time in an open box, wrapping at both ends', () => {
		expect(arrowMove('ArrowDown', 3, { open: true, active: 1 })).toEqual({ open: true, active: 2 });
		expect(arrowMove('ArrowDown', 3, { open: true, active: 2 })).toEqual({ open: true, active: 0 });
		expect(arrowMove('ArrowUp', 3, { open: true, active: 0 })).toEqual({ open: true, active: 2 });
		expect(arrowMove('ArrowUp', 3, { open: true, active: -1 })).toEqual({ open: true, active: 2 });
		expect(arrowMove('ArrowUp', 3, { open: true, active: 2 })).toEqual({ open: true, active: 1 });
	});
	it('leaves other keys, and a box with no options, alone', () => {
		expect(arrowMove('Enter', 3, { open: true, active: 0 })).toBeNull();
		expect(arrowMove('ArrowDown', 0, { open: false, active: -1 })).toBeNull();
	});
});
