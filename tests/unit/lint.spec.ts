// The lint rule that keeps article, gazetteer and user-file text out of HTML sinks is really on:
// ESLint with the project's own config reports {@html} and innerHTML as errors.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('npm run lint', () => {
	it('rejects {@html} in a component', async () => {
		const code = '<script lang="ts">\n\tlet { text }: { text: string } = $props();\n</script>\n\n<p>{@html text}</p>\n';
		expect(await errors(code, 'src/lib/ui/Probe.svelte')).toContain('svelte/no-at-html-tags');
	});

	it('accepts the same text rendered as text', async () => {
		const code = '<script lang="ts">\n\tlet { text }: { text: string } = $props();\n</script>\n\n<p>{text}</p>\n';
		expect(await errors(code, 'src/lib/ui/Probe.svelte')).toEqual([]);
	});

	it('rejects innerHTML and insertAdjacentHTML in TypeScript', async () => {
		const code = 'export function show(el: HTMLElement, s: string): void {\n\tel.innerHTML = s;\n\tel.insertAdjacentHTML("beforeend", s);\n}\n';
		expect(await errors(code, 'src/lib/ui/probe.ts')).toEqual(['no-restricted-syntax', 'no-restricted-syntax']);
	});
});
