import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERNAL_ROUTES, isKnownPage, pageMatcher, PARAMETERS } from '@/lib/routing/known-pages';
import { PAGE_ROUTES_FILE, scanPageRoutes, writePageRoutes } from '@/lib/routing/page-routes';

const content = { articleSlugs: new Set(['xiaomi-2018']), termIds: new Set(['雷军']) };
const APP = path.join(process.cwd(), 'app', '[locale]');
const page = (file: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'export default function Page() {\n  return null;\n}\n');
};

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the proxy’s page routes come from the app tree', () => {
  it('the route table is the app tree’s', () => {
    expect(JSON.parse(readFileSync(PAGE_ROUTES_FILE, 'utf8'))).toEqual(scanPageRoutes(APP));
  });

  it('every dynamic segment of a served route says which values exist', () => {
    const parameters = scanPageRoutes(APP)
      .filter((route) => !INTERNAL_ROUTES.has(route.join('/')))
      .flat()
      .filter((part) => part.startsWith('['));
    expect(parameters.filter((part) => !(part.slice(1, -1) in PARAMETERS))).toEqual([]);
    // Every internal route is still in the tree.
    expect([...INTERNAL_ROUTES].filter((route) => !scanPageRoutes(APP).some((r) => r.join('/') === route))).toEqual([]);
  });

  it('a page added to (a copy of) the app tree is served without touching a list', () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'page-routes-'));
    cpSync(APP, path.join(scratch, 'app', '[locale]'), { recursive: true });
    mkdirSync(path.join(scratch, 'lib', 'routing'), { recursive: true });
    page(path.join(scratch, 'app', '[locale]', 'about', 'page.tsx'));
    page(path.join(scratch, 'app', '[locale]', '(info)', 'faq', '[slug]', 'page.tsx'));
    page(path.join(scratch, 'app', '[locale]', '_drafts', 'page.tsx'));
    expect(isKnownPage(['about'], content)).toBe(false);

    expect(writePageRoutes(scratch).changed).toBe(true);
    const routes = JSON.parse(readFileSync(path.join(scratch, PAGE_ROUTES_FILE), 'utf8')) as string[][];
    const known = pageMatcher(routes);
    expect(known(['about'], content)).toBe(true);
    expect(known(['faq', 'xiaomi-2018'], content)).toBe(true);
    expect(known(['faq', 'nope'], content)).toBe(false);
    expect(known(['_drafts'], content)).toBe(false);
    // The rest of the site as before.
    expect(known(['articles', 'xiaomi-2018'], content)).toBe(true);
    expect(known(['page-not-found'], content)).toBe(false);
    expect(writePageRoutes(scratch).changed).toBe(false);
  });

  it('refuses a catch-all segment, which the table cannot express', () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'page-routes-'));
    page(path.join(scratch, 'docs', '[...rest]', 'page.tsx'));
    expect(() => scanPageRoutes(scratch!)).toThrow(/catch-all segments are not supported/);
  });
});
