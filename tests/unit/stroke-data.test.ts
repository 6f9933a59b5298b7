import { describe, expect, it } from 'vitest';
import { pickChineseVoice } from '@/lib/speech/chinese-voice';
import { isSingleHanCharacter, loadStrokeData } from '@/lib/stroke-data';

describe('stroke data', () => {
  it('serves the package data of one character', async () => {
    const result = await loadStrokeData('雷');
    expect(result.status).toBe('ok');
    const data = JSON.parse(result.status === 'ok' ? result.json : '{}') as { strokes: string[]; medians: unknown[] };
    expect(data.strokes).toHaveLength(13); // 雷 has 13 strokes
    expect(data.medians).toHaveLength(13);
  });

  it('rejects anything but a single Han character before touching the file system', async () => {
    for (const value of ['', '雷军', 'a', '../package', '..', '%E9%9B%B7', '雷/']) {
      expect(isSingleHanCharacter(value), value).toBe(false);
      expect(await loadStrokeData(value), value).toEqual({ status: 'invalid' });
    }
    expect(isSingleHanCharacter('𠀀')).toBe(true); // a supplementary-plane character is one character
  });

  it('says when the package has no data for a character', async () => {
    expect(await loadStrokeData('𠀀')).toEqual({ status: 'missing' });
  });
});

describe('Chinese voice', () => {
  it('prefers zh-CN, then any Chinese, else none', () => {
    expect(pickChineseVoice([{ lang: 'de-DE' }, { lang: 'zh-TW' }, { lang: 'zh_CN' }])).toEqual({ lang: 'zh_CN' });
    expect(pickChineseVoice([{ lang: 'en-US' }, { lang: 'cmn-Hant-TW' }])).toEqual({ lang: 'cmn-Hant-TW' });
    expect(pickChineseVoice([{ lang: 'en-US' }, { lang: 'zu-ZA' }])).toBeUndefined();
  });
});
