/**
 * Validation with the data-file schemas: every bad field becomes a named problem with its path
 * (`gazetteer/albu-kamal: variants.2: …`), and the rest of the file is kept.
 */
import * as v from 'valibot';

export interface Problem {
	where: string;
	message: string;
}

/** One line per issue: the dotted path of the bad field, then what is wrong with it. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	return issues
		.map((i) => {
			const path = v.getDotPath(i);
			return path ? `${path}: ${i.message}` : i.message;
		})
		.join('; ');
}

/** The value when it fits `schema`; otherwise null and a problem at `where`. */
export function parseOne<S extends v.GenericSchema>(schema: S, value: unknown, where: string, problems: Problem[]): v.InferOutput<S> | null {
	const r = v.safeParse(schema, value);
	if (r.success) return r.output;
	problems.push({ where, message: describeIssues(r.issues) });
	return null;
}

/** The records of a list that fit `schema`; each one that does not is a problem naming it and its bad fields. */
export function parseList<S extends v.GenericSchema>(schema: S, list: unknown, where: string, problems: Problem[]): v.InferOutput<S>[] {
	if (list === undefined) return [];
	if (!Array.isArray(list)) {
		problems.push({ where, message: 'expected a list' });
		return [];
	}
	const out: v.InferOutput<S>[] = [];
	list.forEach((r, i) => {
		const id = r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : `#${i}`;
		const res = v.safeParse(schema, r);
		if (res.success) out.push(res.output);
		else problems.push({ where: `${where}/${id}`, message: `${describeIssues(res.issues)}; skipped` });
	});
	return out;
}
