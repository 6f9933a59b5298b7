/**
 * Contextual readings from pinyin-pro. Always called on a whole simplified Han run so that its
 * own phrase dictionary sees the neighbours (行长 háng zhǎng, 银行 yín háng), never in surname
 * mode (which reads 华为 as huà wèi), and without 一/不 tone sandhi so that tones agree with the
 * citation tones of CC-CEDICT and the glossary. Tone marks, not numbers, are requested: pinyin-pro's
 * numbered output is about four times slower, and parseMarked reads marks by table lookup.
 */
import { parseMarked, type PinyinSyllable } from '../pinyin';

export interface ContextReader {
  /** One reading per character of `chars` (simplified), null where pinyin-pro knows none. */
  read(chars: readonly string[]): Array<PinyinSyllable | null>;
  /** Every reading pinyin-pro lists for one character, most common first. */
  heteronyms(ch: string): readonly PinyinSyllable[];
}

type PinyinFn = (text: string, options: { type: 'array'; toneSandhi: boolean }) => string[];
type PolyphonicFn = (text: string, options: { type: 'array' }) => string[][];

/** pinyin-pro prints ~1,500 distinct syllables; parse each once and share the result. */
const parsed = new Map<string, PinyinSyllable | null>();

function parse(token: string | undefined): PinyinSyllable | null {
  if (!token) return null;
  let p = parsed.get(token);
  if (p === undefined) {
    p = parseMarked(token);
    // Unknown characters are echoed back by pinyin-pro; do not let them grow the table.
    if (p !== null || parsed.size < 10_000) parsed.set(token, p);
  }
  return p;
}

export function createContextReader(pinyin: PinyinFn, polyphonic: PolyphonicFn): ContextReader {
  const heteronymCache = new Map<string, readonly PinyinSyllable[]>();
  const readOne = (ch: string): PinyinSyllable | null => {
    try {
      return parse(pinyin(ch, { type: 'array', toneSandhi: false })[0]);
    } catch {
      // pinyin-pro is third-party; an exception means "no reading", never a failed annotation.
      return null;
    }
  };
  return {
    read(chars) {
      let tokens: string[] | null = null;
      try {
        tokens = pinyin(chars.join(''), { type: 'array', toneSandhi: false });
      } catch {
        tokens = null;
      }
      // pinyin-pro returns one item per code point; if that ever differs, fall back to per character.
      if (!tokens || tokens.length !== chars.length) return chars.map(readOne);
      return tokens.map(parse);
    },
    heteronyms(ch) {
      let list = heteronymCache.get(ch);
      if (!list) {
        let raw: string[] = [];
        try {
          raw = polyphonic(ch, { type: 'array' })[0] ?? [];
        } catch {
          raw = [];
        }
        list = raw.map(parse).filter((p): p is PinyinSyllable => p !== null);
        heteronymCache.set(ch, list);
      }
      return list;
    },
  };
}

export async function loadContextReader(): Promise<ContextReader> {
  const pp = await import('pinyin-pro');
  return createContextReader(pp.pinyin as PinyinFn, pp.polyphonic as PolyphonicFn);
}
