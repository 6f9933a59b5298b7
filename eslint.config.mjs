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
  {
    // The browser code of the reader takes only the DOM contract's types (lib/reader/dom-contract.ts):
    // it writes the names as literals checked against them, so no contract object ships to the browser.
    files: [
      'components/reader/{place-popover,popover-controller,popover-dictionary,popover-speech,reader-clicks,reader-shortcuts,shared-popover,term-parts}.ts',
      'components/reader/{ReaderInteractions,GlossaryPanelControls}.tsx',
      'components/saved/SavedWordToggles.tsx',
      'components/share/FocusTerm.tsx',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/reader/dom-contract',
              allowTypeImports: true,
              message: 'Browser code imports only the contract types and writes the names as literals typed by them.',
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
