/**
 * One import session of the "Import GeoJSON" control (GeoJSON, or an ACLED CSV export): files checked one after the other in the
 * import worker ($lib/user/importFile), what is happening now (`busy`), the last refusal with every
 * problem, the last success; a good file becomes a user layer. Loaded with the first file: the
 * control's button and drop area need none of it.
 */
import type { ImportProblem } from '$lib/geo/import/types';
import { importFile, type Stage } from './importFile';
import { userLayers } from './layers.svelte';
import { m } from '$lib/i18n';
import { checkFrame, swapLonLat, type FrameCheck } from '$lib/geo/import/frame';

export class ImportRun {
	busy = $state.raw<{ name: string; stage: Stage; fraction: number } | null>(null);
	refused = $state.raw<{ name: string; errors: ImportProblem[] } | null>(null);
	done = $state.raw<{ name: string; count: number; warnings: ImportProblem[]; layerId: string; frame: FrameCheck; attribution: string | null } | null>(null);

	async take(files: Iterable<File>): Promise<void> {
		for (const file of files) await this.one(file);
	}

	private async one(file: File): Promise<void> {
		this.refused = null;
		this.done = null;
		this.busy = { name: file.name, stage: 'read', fraction: 0 };
		try {
			const r = await importFile(file, (stage, fraction) => (this.busy = { name: file.name, stage, fraction }));
			if (!r.ok) this.refused = { name: file.name, errors: r.errors };
			else {
				const name = file.name.replace(/\.((geo)?json|csv)$/i, '') || file.name;
				const layer = await userLayers.add(name, r.collection);
				this.done = { name, count: r.collection.features.length, warnings: r.warnings, layerId: layer.id, frame: checkFrame(r.collection), attribution: layer.attribution };
			}
		} catch (e) {
			this.refused = { name: file.name, errors: [{ code: 'failed', where: '', message: m.import_failed({ error: e instanceof Error ? e.message : String(e) }) }] };
		} finally {
			this.busy = null;
		}
	}

	/** The one-click fix for a file written [lat, lon]: every position swapped, the layer kept and shown whole. */
	async swap(): Promise<void> {
		const d = this.done;
		const layer = d && userLayers.get(d.layerId);
		if (!d || !layer) return;
		const fixed = swapLonLat(layer.collection);
		await userLayers.replace(d.layerId, fixed);
		this.done = { ...d, frame: checkFrame(fixed) };
	}
}
