/** Runs once when the server starts: opens the text store (SQLite: creates DATA_DIR) and runs, or for PostgreSQL starts, the migrations. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NODE_ENV === 'production') {
    const { hasCspManifest } = await import('./lib/security/csp-manifest');
    // Fail loudly rather than serve every page with inline scripts allowed.
    if (!hasCspManifest()) throw new Error('csp-hashes.json is missing from the build: build with `npm run build` (next build, then scripts/csp-hashes.ts).');
  }
  const { getTextStore } = await import('./lib/texts/store');
  getTextStore();
}
