/**
 * Whether this server has vector tiles (`/api/tiles`: only with DATABASE_URL and data loaded), asked
 * once by the layout's load, and whether the database has gone away (a 503 from `/api/tiles`, a tile or the map
 * data): the page then says so (../../ui/MapStatus.svelte) and keeps drawing what it has — the
 * files' model when the tiles were never available.
 */
export interface TileCapability {
	available: boolean;
	template?: string;
	layers?: string[];
	aggregate_below_zoom?: number;
	max_zoom?: number;
}

/** The event layers the page draws from tiles and asks the server about (list, timeline, facets): the incidents when the server tiles them. */
export function tiledLayers(cap: TileCapability | null | undefined): string[] {
	return cap?.available && cap.template && cap.layers?.includes('incidents') ? ['incidents'] : [];
}

let away = $state(false);

/** The database answered 503 (down, gone, or nothing loaded): the page says so. */
export const dbState = {
	get away() {
		return away;
	}
};

/** Marks the database as away (a 503 `database_*` answer) or back (a tile loaded again). */
export function setDbAway(v: boolean): void {
	if (away !== v) away = v;
}

/** Whether an error body is the database's 503 (src/lib/server/db/http.ts). */
export function isDbError(status: number, body: unknown): boolean {
	const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
	return status === 503 && typeof code === 'string' && code.startsWith('database_');
}

/**
 * `/api/tiles` through the load's `fetch` (in the server's HTML, so the page knows at its first
 * render which sources to add); `{available: false}` on any failure, `away` when it was the database.
 */
export async function fetchTiles(fetch: typeof globalThis.fetch): Promise<TileCapability & { away?: boolean }> {
	try {
		const r = await fetch('/api/tiles');
		const body = await r.json().catch(() => null);
		if (isDbError(r.status, body)) return { available: false, away: true };
		return r.ok && body && typeof body.available === 'boolean' ? (body as TileCapability) : { available: false };
	} catch {
		return { available: false };
	}
}
