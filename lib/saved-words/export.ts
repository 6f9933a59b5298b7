/** The saved words as files: CSV for spreadsheets, tab-separated text for Anki. */
import type { SavedWord } from './store';

export const CSV_FILE_NAME = 'hanzi-reader-words.csv';
export const ANKI_FILE_NAME = 'hanzi-reader-anki.txt';

export interface CsvHeaders {
  hanzi: string;
  pinyin: string;
  meaning: string;
  sentence: string;
  savedAt: string;
}

/**
 * RFC 4180 quoting. A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe, as OWASP recommends for CSV exports.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte order mark (Excel reads hanzi only then), CRLF line ends, a header row. */
export function savedWordsToCsv(words: readonly SavedWord[], headers: CsvHeaders): string {
  const columns = ['hanzi', 'pinyin', 'meaning', 'sentence', 'savedAt'] as const;
  const rows = [columns.map((c) => headers[c]), ...words.map((word) => columns.map((c) => word[c]))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function html(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Anki's text import: a header naming the separator and HTML fields, then one note per line,
 * front (hanzi) and back (pinyin, meaning, sentence on lines of their own). As HTML, a field
 * never needs quoting: tabs become spaces, line breaks <br>, quotes &quot;.
 */
export function savedWordsToAnki(words: readonly SavedWord[]): string {
  const notes = words.map((word) => {
    const back = [word.pinyin, word.meaning, word.sentence].filter(Boolean).map(html).join('<br>');
    return `${html(word.hanzi)}\t${back}`;
  });
  return ['#separator:tab', '#html:true', ...notes].join('\n') + '\n';
}
