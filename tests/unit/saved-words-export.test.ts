import { describe, expect, it } from 'vitest';
import { savedWordsToAnki, savedWordsToCsv } from '@/lib/saved-words/export';
import type { SavedWord } from '@/lib/saved-words/store';
import { parseAnki, parseCsv } from '../support/word-files';

const words: SavedWord[] = [
  {
    hanzi: '雷军',
    pinyin: 'léi jūn',
    meaning: 'Lei Jun, Gründer von Xiaomi',
    sentence: 'Laut "Lei Jun" (雷军) ist es ein Rekord.',
    savedAt: '2026-01-02T03:04:05.000Z',
  },
  {
    hanzi: '小米',
    pinyin: 'xiǎo mǐ',
    meaning: '=1+1',
    sentence: 'Zeile eins\nZeile\tzwei <b>&</b>',
    savedAt: '2026-01-01T00:00:00.000Z',
  },
  { hanzi: '中国', pinyin: 'zhōng guó', meaning: ' China ', sentence: '', savedAt: '2026-01-01T00:00:00.000Z' },
];
const headers = { hanzi: 'Hanzi', pinyin: 'Pinyin', meaning: 'Bedeutung', sentence: 'Satz', savedAt: 'Gespeichert' };

describe('CSV export', () => {
  const csv = savedWordsToCsv(words, headers);

  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFHanzi,Pinyin,Bedeutung,Satz,Gespeichert\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('parses back to the words, commas, quotes and line breaks included', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toEqual([
      ['Hanzi', 'Pinyin', 'Bedeutung', 'Satz', 'Gespeichert'],
      [
        '雷军',
        'léi jūn',
        'Lei Jun, Gründer von Xiaomi',
        'Laut "Lei Jun" (雷军) ist es ein Rekord.',
        '2026-01-02T03:04:05.000Z',
      ],
      // A formula-like cell is defused with an apostrophe; spaces at the ends survive through quoting.
      ['小米', 'xiǎo mǐ', "'=1+1", 'Zeile eins\nZeile\tzwei <b>&</b>', '2026-01-01T00:00:00.000Z'],
      ['中国', 'zhōng guó', ' China ', '', '2026-01-01T00:00:00.000Z'],
    ]);
  });

  it('is only the header for an empty list', () => {
    expect(savedWordsToCsv([], headers)).toBe('\uFEFFHanzi,Pinyin,Bedeutung,Satz,Gespeichert\r\n');
  });
});

describe('Anki export', () => {
  const anki = savedWordsToAnki(words);

  it('declares tab separation and HTML fields, one note per word with two fields', () => {
    const { headers: lines, notes } = parseAnki(anki);
    expect(lines).toEqual(['#separator:tab', '#html:true']);
    expect(notes).toEqual([
      { front: '雷军', back: ['léi jūn', 'Lei Jun, Gründer von Xiaomi', 'Laut "Lei Jun" (雷军) ist es ein Rekord.'] },
      // Line breaks inside a field become <br> (so the sentence shows two lines), tabs spaces.
      { front: '小米', back: ['xiǎo mǐ', '=1+1', 'Zeile eins', 'Zeile zwei <b>&</b>'] },
      { front: '中国', back: ['zhōng guó', ' China '] },
    ]);
  });

  it('escapes HTML, so text shows as written', () => {
    expect(anki).toContain('Zeile eins<br>Zeile zwei &lt;b&gt;&amp;&lt;/b&gt;');
    expect(anki.split('\n').filter(Boolean)).toHaveLength(2 + words.length);
  });
});
