/**
 * Wire formats of the served build (`npm run data` → `<data dir>/served/`), as valibot schemas that
 * are also the types: the manifest the server reads at start-up, and the search index the page
 * loads. Both sides import them from here: the writer (tools/lib/served.ts) and the readers
 * (src/lib/server/served.ts, src/lib/server/node/served.js by the same field names, the page's search).
 */
import * as v from 'valibot';
import type { IndexWire } from '$lib/search/wire';

/** Bumped when what the build writes changes shape: an older served folder is then rebuilt, never read. */
export const SERVED_FORMAT = 1;

const Sha = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
/** One stored file: its name in served/ (named by its content hash), size and SHA-256. */
export const StoredFileSchema = v.object({ file: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}\.[a-z.]+$/)), bytes: v.number(), sha256: Sha });

/** One answer: the identity bytes, the precompressed variants, the media type and the strong ETag. */
export const ServedAnswerSchema = v.object({
	type: v.string(),
	etag: v.string(),
	identity: StoredFileSchema,
	br: v.optional(StoredFileSchema),
	gzip: v.optional(StoredFileSchema)
});

export const ServedManifestSchema = v.object({
	format: v.literal(SERVED_FORMAT),
	/** sha256 of the inputs (src/lib/atlas/manifest.ts inputsHash): what the build was made from. */
	inputs: v.string(),
	/** The inputs' names, sizes and times: a cheap staleness check that does not read the files. */
	signature: v.string(),
	/** A hash of the code that made the answers (tools/lib/served.ts codeHash): other code, a stale build. */
	code: v.optional(v.string()),
	/** The built atlas, one JSON value per line (src/lib/atlas/serialise.ts), for filtered answers. */
	atlas: StoredFileSchema,
	/** URL path (no query string) → its answer. */
	answers: v.record(v.string(), ServedAnswerSchema)
});

export type StoredFile = v.InferOutput<typeof StoredFileSchema>;
export type ServedAnswer = v.InferOutput<typeof ServedAnswerSchema>;
export type ServedManifest = v.InferOutput<typeof ServedManifestSchema>;

/** `/api/search-index`: the atlas' three search indexes (places, incidents, articles). */
export interface SearchIndexWire {
	places: IndexWire;
	incidents: IndexWire;
	articles: IndexWire;
}

/** A shallow check of what the page received; MiniSearch itself refuses a malformed index. */
export const SearchIndexWireSchema = v.object({
	places: v.object({ docs: v.array(v.any()), mini: v.record(v.string(), v.any()) }),
	incidents: v.object({ docs: v.array(v.any()), mini: v.record(v.string(), v.any()) }),
	articles: v.object({ docs: v.array(v.any()), mini: v.record(v.string(), v.any()) })
});
