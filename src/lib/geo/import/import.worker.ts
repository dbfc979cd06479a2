/// <reference lib="webworker" />
// Checks an imported file off the main thread, so a large file never freezes the page, and posts
// progress as it goes. Messages: in `{ bytes: ArrayBuffer }`; out `{ type: 'progress', stage,
// fraction }`, then `{ type: 'result', result }`.
import { importGeoJSON } from './index';

self.onmessage = (e: MessageEvent<{ bytes: ArrayBuffer }>) => {
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
