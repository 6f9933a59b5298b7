import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspManifest,
  inlineScripts,
  routeOfPrerenderedFile,
  sha256Source,
} from '@/lib/security/csp';

describe('content security policy', () => {
  it('hashes inline scripts as browsers do (SHA-256 of the UTF-8 text, base64)', () => {
    expect(sha256Source("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('finds inline scripts, not external ones', () => {
    expect(
      inlineScripts(
        '<script src="/a.js"></script><script>one()</script><script type="module">two()</script><script></script>',
      ),
    ).toEqual(['one()', 'two()']);
  });

  it('names routes after prerendered files', () => {
    expect(routeOfPrerenderedFile('de/articles/xiaomi-2018.html')).toBe('/de/articles/xiaomi-2018');
    expect(routeOfPrerenderedFile('de.html')).toBe('/de');
  });

  it('shares only the hashes every page of ours has', () => {
    const manifest = cspManifest({ '/de': ['a', 'b', 'c'], '/en': ['a', 'c', 'd'], '/_not-found': ['x'] });
    expect(manifest.shared).toEqual(['a', 'c']);
  });

  it('never allows eval, and inline scripts only by hash or nonce', () => {
    const byHash = contentSecurityPolicy({ kind: 'hashes', hashes: ["'sha256-x'"] });
    expect(byHash).toContain("script-src 'self' 'sha256-x'");
    expect(byHash).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy({ kind: 'nonce', nonce: 'n0', hashes: [] })).toContain("script-src 'self' 'nonce-n0'");
    expect(byHash).toContain("frame-ancestors 'none'");
  });
});
