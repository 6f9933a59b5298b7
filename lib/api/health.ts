import { getAnnotator, isDictionaryLoaded } from '../annotate';

interface HealthAnswer {
  status: 200 | 503;
  body: { status: 'ready' | 'loading'; dictionary: boolean };
  headers: Record<string, string>;
}

/**
 * GET /api/health: 200 once the annotation engine (dictionary included) is loaded, so no request
 * pays for loading it; 503 with Retry-After until then. instrumentation.ts starts the load when
 * the server starts; should this bundle's engine not be loaded yet, asking starts it here too.
 */
export function health(): HealthAnswer {
  const ready = isDictionaryLoaded();
  if (!ready) void getAnnotator().catch(() => undefined);
  return ready
    ? { status: 200, body: { status: 'ready', dictionary: true }, headers: { 'Cache-Control': 'no-store' } }
    : {
        status: 503,
        body: { status: 'loading', dictionary: false },
        headers: { 'Cache-Control': 'no-store', 'Retry-After': '1' },
      };
}
