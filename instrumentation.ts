/** Runs once when the server starts: opens the text store, creating DATA_DIR and running the migrations. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getTextStore } = await import('./lib/texts/store');
  getTextStore();
}
