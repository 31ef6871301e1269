// ESLint flat config: typescript-eslint's recommended rules plus the import boundaries of AGENTS.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Adapters and providers may be named only by composition roots (app/, cli/) and tests. */
const ADAPTER_IMPORTS = {
  patterns: [
    { group: ['**/store/sqlite/*', '**/store/postgres/*'], message: 'Depend on the store port (store/index.ts); only app/ and cli/ pick an adapter.' },
    { group: ['**/models/anthropic/*', '**/models/openai-compatible/*'], message: 'Depend on models/types.ts; only the model resolver names providers.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.reverie/**', 'web/dist/**'] },
  js.configs.recommended,
  // Node scripts (bin/, config files) run with Node's globals.
  { files: ['**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Kysely's typed builders cannot express some dynamic column references; those casts are commented.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/app/**', 'src/cli/**', 'src/store/**', 'src/models/resolver.ts', 'src/index.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', ADAPTER_IMPORTS] },
  },
  {
    files: ['src/store/types.ts', 'src/models/types.ts', 'src/dreaming/**/*.ts', 'src/analytics/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...ADAPTER_IMPORTS.patterns,
            { group: ['**/api/*', '**/app/*', 'hono', 'hono/*'], message: 'Pure layers never depend on the HTTP edge.' },
          ],
        },
      ],
    },
  },
);
