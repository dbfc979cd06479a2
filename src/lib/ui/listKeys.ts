/**
 * The result lists' keyboard (./ResultList.svelte, ./TiledResultList.svelte): a listbox where the
 * arrows move, Page Up/Down move ten, Home/End jump and Enter or Space choose, as a click does.
 */
export function listKeys(o: { active: () => number; count: () => number; move: (i: number) => void; choose: () => void }) {
	const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
	return (e: KeyboardEvent) => {
		if (e.key in step) o.move(o.active() + step[e.key]);
		else if (e.key === 'Home') o.move(0);
		else if (e.key === 'End') o.move(o.count() - 1);
		else if (e.key === 'Enter' || e.key === ' ') o.choose();
		else return;
		e.preventDefault();
	};
}
