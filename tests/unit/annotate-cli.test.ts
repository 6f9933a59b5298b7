import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The package's `hanzi-annotate` bin, as `npx hanzi-annotate` runs it. */
function cli(args: string[], input = '') {
  return spawnSync(process.execPath, ['scripts/hanzi-annotate.mjs', ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('hanzi-annotate (npm run -s annotate)', () => {
  it('prints the Annotated JSON for stdin', () => {
    const r = cli([], 'Xiaomi & Lei Jun');
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout) as { segments: Array<{ text: string }>; terms: Array<{ id: string }> };
    expect(parsed.segments.map((s) => s.text).join('')).toBe('Xiaomi & Lei Jun');
    expect(parsed.terms.map((t) => t.id)).toEqual(['小米', '雷军']);
  });

  it('prints ruby HTML for a file', () => {
    const r = cli(['--format', 'ruby', 'content/articles/xiaomi-2018.de.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '(<ruby class="term" data-term-id="小米" data-kind="company">小<rt>xiǎo</rt>米<rt>mǐ</rt></ruby>)',
    );
    expect(r.stdout).toContain('wörtlich &quot;kleine Ziel&quot;');
  });

  it('rejects unknown options with exit code 2', () => {
    const r = cli(['--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^unknown format: xml/);
  });
});
