/**
 * ArrowDown/ArrowUp in a WAI-ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * from a closed box the first (Down) or last (Up) option, else the next or previous, wrapping.
 * @returns the listbox's open state and active option, or null when the key does not move (no options, another key)
 * @example arrowMove('ArrowUp', 3, { open: true, active: 0 }) // { open: true, active: 2 }
 */
export function arrowMove(key: string, options: number, at: { open: boolean; active: number }): { open: boolean; active: number } | null {
	if ((key !== 'ArrowDown' && key !== 'ArrowUp') || !options) return null;
	const down = key === 'ArrowDown';
	if (!at.open) return { open: true, active: down ? 0 : options - 1 };
	return { open: true, active: down ? (at.active + 1) % options : at.active <= 0 ? options - 1 : at.active - 1 };
}
