import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { toolArgs } from './args';

const USAGE = 'usage: npm run x -- <a> [--as <id>]';

/** Runs toolArgs, turning its exit into a thrown code so the refusal can be read. */
function refusal(argv: string[]) {
	const errors: string[] = [];
	vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
	vi.spyOn(process, 'exit').mockImplementation((code) => {
		throw new Error(`exit ${code}`);
	});
	expect(() => toolArgs('x', USAGE, { as: { type: 'string' }, check: { type: 'boolean' } }, argv)).toThrow('exit 2');
	return errors.join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('toolArgs', () => {
	it('reads --data-dir, options, flags and positionals in any order', () => {
		const a = toolArgs('x', USAGE, { as: { type: 'string' }, check: { type: 'boolean' } }, ['accept', '--as', 'al-qaim', 'id1', '--data-dir', 'other', '--check']);
		expect(a.dir).toBe(resolve('other'));
		expect(a.positionals).toEqual(['accept', 'id1']);
		expect(a.string('as')).toBe('al-qaim');
		expect(a.flag('check')).toBe(true);
	});
	it('defaults the data folder to geodata', () => {
		expect(toolArgs('x', USAGE, {}, []).dir).toBe(resolve('geodata'));
	});
	it.each([
		[['--as'], 'x: --as needs a value'],
		[['--as', '--check'], 'x: --as needs a value'],
		[['--data-dir'], 'x: --data-dir needs a value'],
		[['--bogus'], 'x: unknown option --bogus']
	])('refuses %j with exit 2, the reason and the usage', (argv, reason) => {
		const out = refusal(argv);
		expect(out.split('\n')[0]).toBe(reason);
		expect(out).toContain(USAGE);
	});
});
