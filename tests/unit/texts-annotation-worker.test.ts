import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAnnotator } from '@/lib/annotate';
import { splitSegmentsIntoLines } from '@/lib/annotated-lines';
import { annotateText, textParagraphs } from '@/lib/texts/annotation';
import { decodeAnnotation, encodeAnnotation, readIndex } from '@/lib/texts/annotation-codec';
import { parseConfig } from '@/lib/config/schema';
import { annotateForStore, annotationWorker, AnnotationWorker } from '@/lib/texts/annotation-worker';
import { rng } from '@/scripts/bench-report';

// The worker as `npm run build` bundles it (package.json build:server), next to node_modules so
// that its external packages resolve.
const WORKER_FILE = path.resolve('node_modules', '.cache', 'hanzi-reader', 'test-annotation-worker.mjs');

beforeAll(async () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.scripts['build:server']).toContain('annotation-worker=lib/texts/annotation-worker-main.ts');
  await build({
    entryPoints: ['lib/texts/annotation-worker-main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // As `npm run build:server`: the server-only marker is the package's empty module in a server bundle.
    alias: { 'server-only': './node_modules/server-only/empty.js' },
    logLevel: 'warning',
    outfile: WORKER_FILE,
  });
}, 60_000);

const worker = new AnnotationWorker(WORKER_FILE);
afterAll(() => worker.close());

function randomHan(count: number, seed: number): string {
  const random = rng(seed);
  let text = '';
  for (let i = 0; i < count; i++) text += String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5000));
  return text;
}

/**
 * A long mixed text of many pages: the seed article (German with names), a run of random hanzi
 * longer than a page with no break in it, traditional characters, and near the end an alias
 * taught late ("Lei Jun (雷军)") that the engine applies to the whole text.
 */
const ARTICLE = readFileSync('content/articles/xiaomi-2018.de.txt', 'utf8');
const MIXED = [
  ARTICLE,
  randomHan(9_000, 7),
  '華為和小米都在深圳。他說：「還錢！」'.repeat(200),
  ARTICLE,
  'Am Ende: Lei Jun (雷军) und Ren Zhengfei (任正非). Lei sagt, 雷军 bleibt.',
].join('\n');

describe('annotation worker', () => {
  it('stores exactly what annotating on the main thread stores, on a long mixed text', async () => {
    const job = { title: 'Xiaomi (小米) und 華為', body: MIXED, overrides: { 小米: 'xiao3 mi3' } };
    const [inWorker, here] = await Promise.all([
      worker.annotate(job),
      annotateText(job.title, job.body, job.overrides),
    ]);
    expect(readIndex(inWorker)!.header.pages).toBeGreaterThan(5);
    expect(inWorker).toBe(encodeAnnotation(here));
    expect(decodeAnnotation(inWorker)).toEqual(here);
    // …which is the engine's own (getAnnotator) annotation of the text, line by line.
    const engine = (await getAnnotator()).annotate([job.title, ...textParagraphs(job.body)].join('\n'), {
      overrides: job.overrides,
    });
    const lines = splitSegmentsIntoLines(engine.segments);
    expect(decodeAnnotation(inWorker).paragraphs).toEqual(lines.slice(1));
    expect(decodeAnnotation(inWorker).terms).toEqual(engine.terms);
    expect(lines.at(-1)!.some((segment) => segment.type === 'alias' && segment.text === 'Lei')).toBe(true);
  }, 60_000);

  it('answers each of several concurrent jobs with its own text', async () => {
    const jobs = ['雷军创办了小米。', '華為在深圳。', 'Nur Deutsch.'].map((body, at) => ({
      title: `T${at}`,
      body,
      overrides: {},
    }));
    const stored = await Promise.all(jobs.map((job) => worker.annotate(job)));
    expect(stored).toEqual(await Promise.all(jobs.map((job) => annotateForStore(job))));
  });

  it('fails the jobs of a worker that stops, and starts a new one for the next', async () => {
    const doomed = worker.annotate({ title: '', body: randomHan(50_000, 3), overrides: {} });
    const closed = worker.close();
    // A job given right after goes to a new worker and is not failed with the old one.
    const next = worker.annotate({ title: '', body: '小米', overrides: {} });
    await closed;
    await expect(doomed).rejects.toThrow(/stopped/);
    await expect(next).resolves.toBe(await annotateForStore({ title: '', body: '小米', overrides: {} }));
  });

  it('is used in production only (elsewhere a dist/ from an earlier build could be stale)', () => {
    expect(annotationWorker(parseConfig({ NODE_ENV: 'test' }).production)).toBeNull();
  });
});
