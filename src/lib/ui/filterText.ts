/**
 * The page's dates and filters in words, from its query: the composed PNG's caption
 * (./exportText.ts) and the printed brief's (src/routes/brief). Kept apart from the PNG's text so
 * the brief loads no map code.
 */
import { filterLines } from '$lib/map/export/exportPng';
import { m } from '$lib/i18n';
import { formatDate } from './format';

const PARAM_NAMES = (): Record<string, string> => ({
	type: m.png_param_type(),
	actor: m.png_param_actor(),
	article: m.png_param_article(),
	outlet: m.png_param_outlet(),
	kind: m.png_param_kind(),
	near: m.png_param_near(),
	q: m.png_param_q(),
	bbox: m.png_param_bbox()
});

/** The page's dates and filters in words, one line each: the PNG's caption, and the printed brief's. */
export function filterText(params: URLSearchParams): string[] {
	return filterLines(
		params,
		{ dates: (from, to) => m.png_dates({ range: `${from} – ${to}` }), allDates: m.png_dates({ range: m.png_all_dates() }), open: '…', names: PARAM_NAMES() },
		(d) => formatDate(d, 'day')
	);
}
