/// <reference lib="webworker" />
// Checks an imported file off the main thread, so a large file never freezes the page, and posts
// progress as it goes. Messages: in `{ bytes: ArrayBuffer, name }`; out `{ type: 'progress', stage,
// fraction }`, then `{ type: 'result', result }`. A CSV (by name, or an ACLED header) is read as an
// ACLED export ($lib/acled/csv: the server import's parser and row mapping); anything else as GeoJSON.
import { importGeoJSON } from './index';
import { importAcledCsv, looksLikeAcled } from '$lib/acled/csv';

self.onmessage = (e: MessageEvent<{ bytes: ArrayBuffer; name?: string }>) => {
	if (looksLikeAcled(e.data.name ?? '', new Uint8Array(e.data.bytes))) {
		self.postMessage({ type: 'progress', stage: 'parse', fraction: 0 });
		self.postMessage({ type: 'result', result: importAcledCsv(e.data.bytes) });
		return;
	}
	let last = -1;
	const result = importGeoJSON(e.data.bytes, {
		onprogress: (stage, fraction) => {
			// At most ~100 messages per stage.
			const step = Math.floor(fraction * 100);
			if (step === last) return;
			last = step;
			self.postMessage({ type: 'progress', stage, fraction });
		}
	});
	self.postMessage({ type: 'result', result });
};
