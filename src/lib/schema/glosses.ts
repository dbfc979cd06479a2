/** Schema of geodata/glosses.json: English glosses keyed `<article>@<sentence start>`. */
import * as v from 'valibot';

export const GlossesSchema = v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+@\d+$/, 'keys are <article>@<sentence start>')), v.string());
export type Glosses = v.InferOutput<typeof GlossesSchema>;
