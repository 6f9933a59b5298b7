import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The annotation engine has one entry, lib/annotate/index.ts: what it does not export is its own.
    // Its unit tests and the build step that compiles its lexicon (scripts/build-lexicon.ts) reach inside.
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['lib/annotate/**', 'tests/**', 'scripts/build-lexicon.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./|\\./)+)(lib/)?annotate/',
              message: "Import the annotation engine from '@/lib/annotate' (its index): its folders are internals.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'data/**',
    'dist/**',
  ]),
]);
