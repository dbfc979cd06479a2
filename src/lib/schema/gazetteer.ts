/**
 * Schema of geodata/gazetteer.json: every place the articles name, with its spellings and a
 * geometry recipe over geodata/reference/. Validator and, inferred, the `GazetteerEntry` type.
 */
import * as v from 'valibot';
import type { Recipe } from '$lib/geo/recipe';

const name = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const bbox = v.tuple([v.number(), v.number(), v.number(), v.number()]);

/** A recipe is recursive, so its type is declared once in recipe.ts and this schema is held to it. */
export const RecipeSchema: v.GenericSchema<Recipe> = v.lazy(() =>
	v.union([
		v.strictObject({ ref: name, where: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))) }),
		v.strictObject({ op: v.picklist(['merge', 'union', 'line-through']), of: v.array(RecipeSchema) }),
		v.strictObject({ op: v.literal('buffer'), of: RecipeSchema, km: v.pipe(v.number(), v.minValue(0)) }),
		v.strictObject({ op: v.literal('intersect'), a: RecipeSchema, b: RecipeSchema }),
		v.strictObject({ op: v.literal('clip-bbox'), of: RecipeSchema, bbox })
	])
) as v.GenericSchema<Recipe>;

export const NameVariantSchema = v.union([name, v.object({ text: name, confidence: v.optional(v.picklist(['high', 'context'])) })]);

export const GazetteerEntrySchema = v.object({
	id: v.pipe(name, v.regex(/^[a-z0-9-]+$/, 'ids are lower-case letters, digits and -')),
	name_en: name,
	name_ar: name,
	/** city | town | capital | governorate | country | camp | region | corridor | pipeline | border | … */
	kind: name,
	scope: v.picklist(['frontier', 'outside'], 'scope must be "frontier" or "outside"'),
	variants: v.array(NameVariantSchema),
	/** Ids whose names may stand inside this entry's names and still count (Kirkuk in the Kirkuk–Baniyas pipeline). */
	contains: v.optional(v.array(name)),
	geometry: v.optional(v.nullable(RecipeSchema), null),
	geometry_basis: v.optional(v.picklist(['source', 'derived', 'drawn'])),
	drawn_how: v.optional(v.string()),
	precision_km: v.optional(v.nullable(v.number())),
	note: v.optional(v.nullable(v.string()))
});

/** The file around the entries; the entries themselves are checked one by one (a bad one is skipped). */
export const GazetteerFileSchema = v.looseObject({
	stop_phrases: v.optional(v.array(v.string()), []),
	entries: v.optional(v.array(v.unknown()), [])
});

export type GazetteerEntry = v.InferOutput<typeof GazetteerEntrySchema>;
