/**
 * docs/benchmarks.md is shared by several benchmark scripts: each owns one section between
 * `<!-- bench:ID -->` markers and replaces only that, so running one benchmark keeps the others.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FILE = path.join(process.cwd(), 'docs', 'benchmarks.md');
const HEADER = '# Benchmarks\n\nMeasured by the `npm run bench…` scripts; each section says when and on what machine. Numbers are compared side by side within one run, never across runs.\n';

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${os.cpus().length} × ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
}

export function writeBenchmarkSection(id: string, markdown: string): void {
  const start = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  mkdirSync(path.dirname(FILE), { recursive: true });
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next.endsWith('\n') ? next : `${next}\n`);
  console.log(`updated section "${id}" of docs/benchmarks.md`);
}
