import type { FeatureCollection } from 'geojson';

/** One thing wrong with an imported file: what, where (a JSON path, e.g. `features[3].geometry`), what to do. */
export interface ImportProblem {
	/** Stable code, for tests and translations. */
	code: string;
	/** Where: a JSON path from the top of the file (`features[3].geometry.coordinates[0][2]`), or `line 4, column 7`. */
	where: string;
	/** One sentence: what is wrong and what to do about it. */
	message: string;
}

export type ImportResult =
	| { ok: true; collection: FeatureCollection; warnings: ImportProblem[] }
	| { ok: false; errors: ImportProblem[] };

export interface ImportLimits {
	/** Largest file accepted, in bytes. */
	maxBytes: number;
	/** Most features accepted in one file. */
	maxFeatures: number;
	/** Deepest nesting of arrays and objects accepted. */
	maxDepth: number;
	/** At most this many errors are listed (the rest are counted). */
	maxErrors: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
	maxBytes: 20 * 1024 * 1024,
	maxFeatures: 50_000,
	maxDepth: 32,
	maxErrors: 20
};

/** Progress through the stages of an import: `fraction` runs 0…1 within a stage. */
export type ImportProgress = (stage: 'decode' | 'syntax' | 'parse' | 'validate', fraction: number) => void;

/** Human form of a problem, for alerts and logs: "features[3].geometry: … ". */
export function describe(p: ImportProblem): string {
	return p.where ? `${p.where}: ${p.message}` : p.message;
}
