/**
 * The one command-line parser of the data tools: node:util's parseArgs (strict), with the option every
 * tool shares (`--data-dir`, default geodata/) and refusals worded as the tools word them ("--as needs a
 * value", "unknown option --x") followed by the tool's usage, exit code 2. Nothing is written before
 * the arguments parse.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

type Spec = Record<string, { type: 'string' | 'boolean' }>;

export interface ToolArgs {
	/** The data folder, resolved (`--data-dir`, default geodata). */
	dir: string;
	positionals: string[];
	/** A string option's value, or undefined when not given. */
	string(name: string): string | undefined;
	flag(name: string): boolean;
}

/** Why parseArgs refused, in the tools' words (its own messages suggest quoting, which misleads here). */
function reason(e: NodeJS.ErrnoException): string {
	const name = /'(--?[\w-]+)/.exec(e.message)?.[1] ?? '';
	if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${name} needs a value`;
	if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${name}`;
	return e.message;
}

/** Parses argv for tool `tool`; on a refusal prints `tool: reason` and the usage, and exits 2. */
export function toolArgs(tool: string, usage: string, options: Spec = {}, argv = process.argv.slice(2)): ToolArgs {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' }, ...options }, allowPositionals: true, strict: true });
	} catch (e) {
		console.error(`${tool}: ${reason(e as NodeJS.ErrnoException)}\n${usage}`);
		process.exit(2);
	}
	const values = parsed.values as Record<string, string | boolean | undefined>;
	return {
		dir: resolve((values['data-dir'] as string | undefined) ?? 'geodata'),
		positionals: parsed.positionals,
		string: (name) => values[name] as string | undefined,
		flag: (name) => values[name] === true
	};
}
