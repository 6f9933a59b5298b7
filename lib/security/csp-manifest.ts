import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import type { CspManifest, ScriptPolicy } from './csp';

let manifest: CspManifest | null | undefined;

/** The build's manifest is required in production: without it every page would need 'unsafe-inline'. */
export function hasCspManifest(): boolean {
  return loadManifest() !== null;
}

function loadManifest(): CspManifest | null {
  if (manifest !== undefined) return manifest;
  try {
    manifest = JSON.parse(
      readFileSync(path.join(process.cwd(), config().distDir, 'csp-hashes.json'), 'utf8'),
    ) as CspManifest;
  } catch {
    console.warn(
      'csp-hashes.json is missing (run `npm run build`, which writes it after `next build`): scripts fall back to unsafe-inline.',
    );
    manifest = null;
  }
  return manifest;
}

function decodedRoute(route: string): string {
  try {
    return decodeURIComponent(route);
  } catch {
    return route;
  }
}

/**
 * The script policy for a page route: the hashes of its inline scripts when it was prerendered,
 * otherwise a fresh nonce (Next adds it to its own scripts when it finds it in the request's
 * CSP header) plus the hashes of the constant inline scripts every page has (our boot script).
 */
export function scriptPolicyForRoute(route: string, { prerendered: servedPrerendered = true } = {}): ScriptPolicy {
  const loaded = loadManifest();
  if (!loaded) return { kind: 'unsafe-inline' };
  // Prerendered files are named with the decoded path (/de/glossary/雷军); requests arrive percent-encoded.
  const prerendered = servedPrerendered ? (loaded.pages[route] ?? loaded.pages[decodedRoute(route)]) : undefined;
  if (prerendered) return { kind: 'hashes', hashes: prerendered };
  return { kind: 'nonce', nonce: randomBytes(16).toString('base64'), hashes: loaded.shared };
}
