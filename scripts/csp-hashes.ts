/**
 * After `next build`: the hashes of every inline script of every prerendered page, so the proxy
 * can send a hash-based Content-Security-Policy for static pages (which cannot carry a nonce).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { distDir as configuredDistDir } from '../lib/config/schema';
import { cspManifest, inlineScripts, routeOfPrerenderedFile, sha256Source } from '../lib/security/csp';

const distDir = path.join(process.cwd(), configuredDistDir(process.env));
const appDir = path.join(distDir, 'server', 'app');
const pages: Record<string, string[]> = {};

for (const file of readdirSync(appDir, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html')) continue;
  const html = readFileSync(path.join(appDir, file), 'utf8');
  pages[routeOfPrerenderedFile(file)] = [...new Set(inlineScripts(html).map(sha256Source))];
}
const manifest = cspManifest(pages);
writeFileSync(path.join(distDir, 'csp-hashes.json'), JSON.stringify(manifest, null, 1));
console.log(
  `CSP hashes for ${Object.keys(pages).length} prerendered pages written to ${path.relative(process.cwd(), distDir)}/csp-hashes.json`,
);
