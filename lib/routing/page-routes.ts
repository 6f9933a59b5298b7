import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The page routes below `app/[locale]`, read from the app tree: every folder with a page.tsx (or a
 * route handler, e.g. the article's preview image) is one route, its path as segments, dynamic ones
 * written "[name]" as in the tree. Route groups "(name)" add no segment; private folders "_name"
 * are no routes (Next's conventions). Run by `npm run generate:routes` (part of the build and of the
 * unit tests' setup) into page-routes.generated.json, which the proxy reads (lib/routing/known-pages).
 */
export function scanPageRoutes(localeDir: string): string[][] {
  const routes: string[][] = [];
  const walk = (dir: string, segments: string[]) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((entry) => entry.isFile() && /^(page|route)\.(tsx|ts|jsx|js)$/.test(entry.name)))
      routes.push(segments);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
      if (/^\[\[?\.\.\./.test(entry.name))
        throw new Error(
          `${path.join(dir, entry.name)}: catch-all segments are not supported by the proxy's route table (lib/routing/known-pages)`,
        );
      walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
    }
  };
  walk(localeDir, []);
  return routes.sort((a, b) => a.join('/').localeCompare(b.join('/')));
}

export const PAGE_ROUTES_FILE = path.join('lib', 'routing', 'page-routes.generated.json');

/** Scans `root`/app/[locale] and writes the route table (only when it changed, so the build does not touch a file it need not). */
export function writePageRoutes(root = process.cwd()): { file: string; changed: boolean } {
  const file = path.join(root, PAGE_ROUTES_FILE);
  const json = `${JSON.stringify(scanPageRoutes(path.join(root, 'app', '[locale]')), null, 1)
    .replace(/\n {2,}/g, ' ')
    .replace(/\n \]/g, ' ]')}\n`;
  let before: string | null = null;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    // not written yet
  }
  if (before !== json) writeFileSync(file, json);
  return { file, changed: before !== json };
}
