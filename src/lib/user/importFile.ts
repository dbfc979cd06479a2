/**
 * Runs the import checks (GeoJSON, or an ACLED CSV export) for one file in a Web Worker (same-origin module file, allowed by
 * the CSP's worker-src 'self') and reports progress. Nothing leaves the browser.
 */
import type { ImportResult } from '$lib/geo/import/types';

export type Stage = 'read' | 'decode' | 'syntax' | 'parse' | 'validate';

export async function importFile(file: File, onprogress: (stage: Stage, fraction: number) => void): Promise<ImportResult> {
	onprogress('read', 0);
	const bytes = await file.arrayBuffer();
	const worker = new Worker(new URL('../geo/import/import.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<ImportResult>((resolve, reject) => {
			worker.onmessage = (e: MessageEvent<{ type: 'progress'; stage: Stage; fraction: number } | { type: 'result'; result: ImportResult }>) => {
				if (e.data.type === 'progress') onprogress(e.data.stage, e.data.fraction);
				else resolve(e.data.result);
			};
			worker.onerror = (e) => {
				e.preventDefault();
				reject(new Error(e.message || 'the import worker could not start'));
			};
			worker.postMessage({ bytes, name: file.name }, [bytes]);
		});
	} finally {
		worker.terminate();
	}
}
