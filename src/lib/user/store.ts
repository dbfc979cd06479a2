/**
 * User layers kept in the browser (IndexedDB) so they survive a reload. Never sent anywhere.
 * The plain IndexedDB API, wrapped in promises here: three calls do not need a library on the
 * home page's first load.
 */
import type { FeatureCollection } from 'geojson';

export interface StoredLayer {
	id: string;
	name: string;
	colour: string;
	/** ISO timestamp of the import. */
	added: string;
	collection: FeatureCollection;
}

export const DB_NAME = 'frontier-atlas-user';
const STORE = 'layers';
let db: Promise<IDBDatabase> | null = null;

/** A request's result, or its error (a DOMException such as QuotaExceededError). */
function done<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

function open(): Promise<IDBDatabase> {
	db ??= new Promise<IDBDatabase>((resolve, reject) => {
		if (typeof indexedDB === 'undefined') throw new Error('this browser keeps no IndexedDB');
		const req = indexedDB.open(DB_NAME, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
		req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of this site'));
	}).catch((e: unknown) => {
		db = null;
		throw e;
	});
	return db;
}

/** Runs one request in its own transaction and waits for the transaction to commit. */
async function run<T>(mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const tx = (await open()).transaction(STORE, mode);
	const committed = new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
	const [result] = await Promise.all([done(make(tx.objectStore(STORE))), committed]);
	return result;
}

export async function loadLayers(): Promise<StoredLayer[]> {
	const all = (await run('readonly', (s) => s.getAll())) as StoredLayer[];
	return all.sort((a, b) => a.added.localeCompare(b.added));
}

export async function saveLayer(layer: StoredLayer): Promise<void> {
	await run('readwrite', (s) => s.put(layer));
}

export async function deleteLayer(id: string): Promise<void> {
	await run('readwrite', (s) => s.delete(id));
}
