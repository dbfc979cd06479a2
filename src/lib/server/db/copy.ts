/**
 * Rows into a table by COPY (pg-copy-streams), streamed: a million rows never sit in memory. Values
 * are written in COPY's text format; arrays as PostgreSQL array literals.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const escText = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
const arrayLiteral = (a: unknown[]) => `{${a.map((x) => `"${String(x).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

/** One value in COPY text format. PostgreSQL text holds no NUL character: the caller must refuse those first. */
export function copyValue(v: unknown): string {
	if (v === null || v === undefined) return '\\N';
	if (typeof v === 'boolean') return v ? 't' : 'f';
	if (Array.isArray(v)) return escText(arrayLiteral(v));
	return escText(String(v));
}

export const copyLine = (values: unknown[]) => `${values.map(copyValue).join('\t')}\n`;

/** COPY `rows` (each a list of values in `columns` order) into `table`; resolves with the rows written. */
export async function copyRows(db: PoolClient, table: string, columns: readonly string[], rows: AsyncIterable<unknown[]> | Iterable<unknown[]>): Promise<number> {
	let n = 0;
	async function* lines() {
		for await (const r of rows) {
			n++;
			yield copyLine(r);
		}
	}
	const sink = db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
	await pipeline(Readable.from(lines()), sink);
	return n;
}
