import { describe, expect, it } from 'vitest';
import {
  addSavedWord,
  browserStorage,
  mentionSource,
  MAX_SAVED_WORDS,
  parseSavedWords,
  readSavedWords,
  removeSavedWord,
  SAVED_WORDS_KEY,
  serializeSavedWords,
  toSavedWord,
  writeSavedWords,
  type SavedWord,
} from '@/lib/saved-words/store';

const leiJun: SavedWord = {
  hanzi: '雷军',
  pinyin: 'léi jūn',
  meaning: 'Lei Jun, Gründer von Xiaomi',
  sentence: 'Laut Lei Jun (雷军) ist es ein Rekord.',
  savedAt: '2026-01-02T03:04:05.000Z',
};
const xiaomi: SavedWord = {
  hanzi: '小米',
  pinyin: 'xiǎo mǐ',
  meaning: 'Xiaomi',
  sentence: '',
  savedAt: '2026-01-01T00:00:00.000Z',
};

/** A real key-value store with localStorage's interface. */
class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

describe('saved words', () => {
  it('round-trips through storage text', () => {
    expect(parseSavedWords(serializeSavedWords([leiJun, xiaomi]))).toEqual([leiJun, xiaomi]);
  });

  it('reads nothing from missing, broken or foreign data', () => {
    for (const raw of [null, '', '{', '[]', '{"words":"x"}', '{"words":[1,null,{"hanzi":"abc"}]}'])
      expect(parseSavedWords(raw), String(raw)).toEqual([]);
  });

  it('cleans entries: whitespace, over-long text, a missing date; drops duplicates and entries without hanzi', () => {
    const now = () => new Date('2026-05-06T07:08:09.000Z');
    expect(toSavedWord({ hanzi: ' 雷军 ', pinyin: 'léi\n jūn', meaning: 7, sentence: 'x'.repeat(2000) }, now)).toEqual({
      hanzi: '雷军',
      pinyin: 'léi jūn',
      meaning: '',
      sentence: `${'x'.repeat(999)}…`,
      savedAt: '2026-05-06T07:08:09.000Z',
    });
    expect(toSavedWord({ hanzi: '雷'.repeat(33) })).toBeUndefined();
    expect(toSavedWord({ hanzi: '<script>' })).toBeUndefined();
    expect(
      parseSavedWords(JSON.stringify({ words: [leiJun, { ...leiJun, sentence: 'other' }, { pinyin: 'x' }] })),
    ).toEqual([leiJun]);
  });

  it('keeps at most MAX_SAVED_WORDS', () => {
    const many = Array.from({ length: MAX_SAVED_WORDS + 5 }, (_, i) => ({ ...leiJun, hanzi: `雷${i}` }));
    expect(parseSavedWords(JSON.stringify({ words: many }))).toHaveLength(MAX_SAVED_WORDS);
  });

  it('adds newest first, once, and removes', () => {
    const list = addSavedWord(addSavedWord([], xiaomi), leiJun);
    expect(list.map((w) => w.hanzi)).toEqual(['雷军', '小米']);
    expect(addSavedWord(list, { ...xiaomi, sentence: 'again' })).toEqual(list);
    expect(removeSavedWord(list, '小米')).toEqual([leiJun]);
  });

  it('reads and writes localStorage, and survives storage that refuses', () => {
    const storage = new MemoryStorage();
    expect(writeSavedWords(storage, [leiJun])).toBe(true);
    expect(JSON.parse(storage.data.get(SAVED_WORDS_KEY)!)).toEqual({ version: 1, words: [leiJun] });
    expect(readSavedWords(storage)).toEqual([leiJun]);
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readSavedWords(refusing)).toEqual([]);
    expect(writeSavedWords(refusing, [leiJun])).toBe(false);
    expect(readSavedWords(null)).toEqual([]);
  });

  it('keeps the language of the sentence when it is a language tag, and drops anything else', () => {
    const now = () => new Date('2026-05-06T07:08:09.000Z');
    expect(toSavedWord({ ...leiJun, lang: 'de' }, now)).toEqual({ ...leiJun, lang: 'de' });
    expect(toSavedWord({ ...leiJun, lang: ' zh-Hans ' }, now)?.lang).toBe('zh-Hans');
    for (const lang of ['', 'german', 'de"><script>', 'x', 'de-' + 'a'.repeat(40), 42])
      expect(toSavedWord({ ...leiJun, lang }, now), String(lang)).toEqual(leiJun);
    expect(parseSavedWords(serializeSavedWords([{ ...leiJun, lang: 'en' }, xiaomi]))).toEqual([
      { ...leiJun, lang: 'en' },
      xiaomi,
    ]);
  });

  it('keeps the language of the meaning the same way', () => {
    const now = () => new Date('2026-05-06T07:08:09.000Z');
    expect(toSavedWord({ ...leiJun, meaningLang: 'de' }, now)).toEqual({ ...leiJun, meaningLang: 'de' });
    for (const meaningLang of ['german', 'de"><script>', 7])
      expect(toSavedWord({ ...leiJun, meaningLang }, now), String(meaningLang)).toEqual(leiJun);
    expect(parseSavedWords(serializeSavedWords([{ ...leiJun, meaningLang: 'zh-Hans' }]))).toEqual([
      { ...leiJun, meaningLang: 'zh-Hans' },
    ]);
  });

  it('finds no browser storage outside a browser', () => {
    expect(browserStorage()).toBeNull();
  });
});

describe('the place a word was saved from', () => {
  const now = () => new Date('2026-05-06T07:08:09.000Z');
  const base = {
    hanzi: '雷军',
    pinyin: 'léi jūn',
    meaning: 'Lei Jun',
    sentence: 'S',
    savedAt: '2026-05-06T07:08:09.000Z',
  };

  it('is the path without the UI language, the page of a long text and the mention', () => {
    expect(mentionSource({ pathname: '/de/articles/xiaomi-2018', search: '?ruby=off&tones=pleco' }, 'mention-3')).toBe(
      '/articles/xiaomi-2018#mention-3',
    );
    expect(
      mentionSource({ pathname: '/zh/texts/AbCdEfGhIjKlMnOpQr_-12', search: '?page=2&size=l' }, 'mention-40'),
    ).toBe('/texts/AbCdEfGhIjKlMnOpQr_-12?page=2#mention-40');
    expect(mentionSource({ pathname: '/de/glossary', search: '' }, '')).toBe('');
  });

  it('is kept only as a link into this site', () => {
    expect(toSavedWord({ ...base, source: '/articles/xiaomi-2018#mention-3' }, now)?.source).toBe(
      '/articles/xiaomi-2018#mention-3',
    );
    for (const source of [
      '//evil.example/x#mention-1',
      'https://evil.example/#mention-1',
      'javascript:alert(1)',
      '/articles/x',
      '/a b#mention-1',
      `/${'a'.repeat(300)}#mention-1`,
      42,
    ]) {
      expect(toSavedWord({ ...base, source }, now), String(source)).toEqual(base);
    }
    expect(parseSavedWords(serializeSavedWords([{ ...base, source: '/texts/x?page=2#mention-4' }]))[0]?.source).toBe(
      '/texts/x?page=2#mention-4',
    );
  });
});
