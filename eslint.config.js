// ESLint (flat config): `npm run lint`, run by `npm test` before the unit tests.
// The rule that matters most here is svelte/no-at-html-tags as an error: no article, gazetteer
// or user-file text may ever reach an HTML sink — it is rendered as text, always.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'src/lib/paraglide/', 'tests/e2e/__output__/', 'test-results/', 'playwright-report/', '.tmp/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Text from articles, the gazetteer and user files is rendered as text, never as HTML.
			'svelte/no-at-html-tags': 'error',
			'no-restricted-syntax': [
				'error',
				{ selector: "MemberExpression[property.name='innerHTML']", message: 'Render text with textContent, never innerHTML.' },
				{ selector: "MemberExpression[property.name='outerHTML']", message: 'Render text with textContent, never outerHTML.' },
				{ selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text as text, never insertAdjacentHTML.' },
				{ selector: "CallExpression[callee.property.name='setHTML']", message: 'Render text as text (MapLibre: setText / setDOMContent).' }
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'@typescript-eslint/ban-ts-comment': ['error', { 'ts-nocheck': 'allow-with-description' }],
			// The app has no base path, so links need no resolve().
			'svelte/no-navigation-without-resolve': 'off',
			// Module caches and sets local to a $derived are deliberately not reactive state.
			'svelte/prefer-svelte-reactivity': 'off',
			// Arabic character classes list the combining tashkeel marks on purpose.
			'no-misleading-character-class': 'off',
			// `if (x) (score += 3), reasons.push(…)` is the candidate scorer's idiom.
			'@typescript-eslint/no-unused-expressions': 'off',
			// {' · '} keeps significant whitespace between inline elements.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		// Playwright fixtures take `{}` when they need no other fixture.
		files: ['tests/**/*.ts'],
		rules: { 'no-empty-pattern': 'off' }
	}
);
