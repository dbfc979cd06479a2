/**
 * What the page says when the data had problems at start-up (`/api/status`): which files, what
 * is wrong with them (the first few, the rest counted), and what still works.
 */
import type { Problem } from '$lib/schema/parse';

export interface DataStatus {
	ok: boolean;
	articles: number;
	places: number;
	incidents: number;
	problems: Problem[];
}

export interface DataNotice {
	/** The files with problems, in order of first appearance: `gazetteer.json`, `articles/003.json`… */
	files: string[];
	shown: Problem[];
	more: number;
	articles: number;
	places: number;
	incidents: number;
}

/** At most this many problems are listed on the page; /api/status has them all. */
export const SHOWN = 4;

/**
 * The file a problem is in: `where` is a path under geodata/ (`articles/003.json`,
 * `reference/rivers.geojson`), possibly followed by `/<entry id>` inside a JSON file
 * (`gazetteer.json/al-qaim`) or a stage name (`gazetteer/al-qaim` → gazetteer.json).
 */
export function fileOf(where: string): string {
	const m = /^(.*?\.(?:json|geojson|txt))(?:\/|$)/.exec(where);
	if (m) return m[1];
	const [head] = where.split('/');
	if (head === 'gazetteer' || head === 'incidents' || head === 'glosses') return `${head}.json`;
	return where;
}

/** The notice for a status, or null when the data loaded without problems (or is unknown). */
export function dataNotice(status: DataStatus | null): DataNotice | null {
	if (!status || !Array.isArray(status.problems) || status.problems.length === 0) return null;
	const files = [...new Set(status.problems.map((p) => fileOf(p.where)))];
	return {
		files,
		shown: status.problems.slice(0, SHOWN),
		more: Math.max(0, status.problems.length - SHOWN),
		articles: status.articles,
		places: status.places,
		incidents: status.incidents
	};
}
