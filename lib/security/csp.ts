import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for our pages. Scripts run only from our origin plus, for inline
 * scripts, either the exact hashes of a static page's inline scripts (computed after the build:
 * scripts/csp-hashes.ts) or a per-request nonce for dynamically rendered pages. Never
 * 'unsafe-eval'; 'unsafe-inline' for scripts only as the fallback of a build without hashes.
 */

export type ScriptPolicy =
  | { kind: 'hashes'; hashes: readonly string[] }
  | { kind: 'nonce'; nonce: string; hashes: readonly string[] }
  | { kind: 'unsafe-inline' };

export function sha256Source(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(scripts: ScriptPolicy): string {
  const scriptSources =
    scripts.kind === 'hashes'
      ? ["'self'", ...scripts.hashes]
      : scripts.kind === 'nonce'
        ? ["'self'", `'nonce-${scripts.nonce}'`, ...scripts.hashes]
        : ["'self'", "'unsafe-inline'"];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    // Inline style attributes are set by libraries we use (stroke-order SVG); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Inline scripts of an HTML document, exactly as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter((content) => content.length > 0);
}

/** Route path of a prerendered HTML file below the build's server/app folder ("de/articles/x.html" → "/de/articles/x"). */
export function routeOfPrerenderedFile(relativePath: string): string {
  const route = `/${relativePath.replace(/\\/g, '/').replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route;
}

export interface CspManifest {
  /** Route of each prerendered page → hashes of its inline scripts. */
  pages: Record<string, string[]>;
  /**
   * Hashes every prerendered page of ours shares (the reader boot script as the page bundle
   * minified it, Next's bootstrap): allowed on dynamically rendered pages next to their nonce.
   */
  shared: string[];
}

export function cspManifest(pages: Record<string, string[]>): CspManifest {
  const ours = Object.entries(pages)
    .filter(([route]) => !route.startsWith('/_'))
    .map(([, hashes]) => hashes);
  const shared = (ours[0] ?? []).filter((hash) => ours.every((hashes) => hashes.includes(hash)));
  return { pages, shared };
}
