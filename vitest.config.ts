import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Tests run server modules on purpose: `import 'server-only'` is the package's own empty module here, as on Next's server.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/lexicon.ts', 'tests/setup/page-routes.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default (cores − 1) is one worker on a 2-core machine, yet the slow files wait on
    // SQLite's and PostgreSQL's disk writes: two workers there take the unit run from ~68 s to ~50 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
