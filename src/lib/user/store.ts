/** User layers kept in the browser (IndexedDB, via idb) so they survive a reload. Never sent anywhere. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FeatureCollection } from 'geojson';

export interface StoredLayer {
	id: string;
	name: string;
	colour: string;
	/** ISO timestamp of the import. */
	added: string;
	collection: FeatureCollection;
}

interface Schema extends DBSchema {
	layers: { key: string; value: StoredLayer };
}

export const DB_NAME = 'frontier-atlas-user';
let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
	db ??= openDB<Schema>(DB_NAME, 1, {
		upgrade(d) {
			d.createObjectStore('layers', { keyPath: 'id' });
		}
	});
	return db;
}

export async function loadLayers(): Promise<StoredLayer[]> {
	const all = await (await open()).getAll('layers');
	return all.sort((a, b) => a.added.localeCompare(b.added));
}

export async function saveLayer(layer: StoredLayer): Promise<void> {
	await (await open()).put('layers', layer);
}

export async function deleteLayer(id: string): Promise<void> {
	await (await open()).delete('layers', id);
}
