/**
 * Runs once when the server starts: opens the text store (SQLite: creates DATA_DIR) and runs, or
 * for PostgreSQL starts, the migrations; then loads the annotation engine (the compiled lexicon,
 * lib/annotate/lexicon) in the background, so that no request pays for it. /api/health answers 503
 * until it is loaded.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Read and checked first: a bad environment variable stops the start with its name (lib/config).
  const { config } = await import('./lib/config');
  const { production } = config();
  if (production) {
    const { hasCspManifest } = await import('./lib/security/csp-manifest');
    // Fail loudly rather than serve every page with inline scripts allowed.
    if (!hasCspManifest())
      throw new Error(
        'csp-hashes.json is missing from the build: build with `npm run build` (next build, then scripts/csp-hashes.ts).',
      );
    const { annotationWorkerFile, hasAnnotationWorkerFile } = await import('./lib/texts/annotation-worker');
    // Texts are annotated in a worker thread in production, never on the main thread.
    if (!hasAnnotationWorkerFile())
      throw new Error(
        `${annotationWorkerFile()} is missing: build with \`npm run build\` (it bundles the annotation worker).`,
      );
  }
  const { getTextStore } = await import('./lib/texts/store');
  getTextStore();
  const { getRateLimitStore } = await import('./lib/rate-limit/store');
  getRateLimitStore();
  // Not awaited: the server answers (health 503, pages, the store) while the engine loads.
  const { getAnnotator } = await import('./lib/annotate');
  const started = Date.now();
  getAnnotator().then(
    () => console.log(`Annotation engine loaded in ${Date.now() - started} ms`),
    (error: unknown) => console.error('Annotation engine failed to load; the first annotation will try again:', error),
  );
}
