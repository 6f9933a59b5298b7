/** Does a romanization spell a reading of these characters, and which reading exactly? */
import { markSyllable, romanKey, splitRomanization, type PinyinSyllable } from '../../pinyin/spelling';
import type { Tone } from '../types';

export interface ReadingCandidates {
  /** Readings of the whole run (glossary, dictionary), best first. */
  whole: ReadonlyArray<readonly PinyinSyllable[]>;
  /** Possible readings of each character, best first. */
  perChar: ReadonlyArray<readonly PinyinSyllable[]>;
}

function toSyllable(toneless: string, tone: Tone | 0): PinyinSyllable {
  const t: Tone = tone === 0 ? 5 : tone;
  return { toneless, tone: t, marked: markSyllable(toneless, t) };
}

/** Per-character DP: the first (most preferred) choice per character that spells `key`. */
function matchPerChar(key: string, perChar: ReadonlyArray<readonly PinyinSyllable[]>): PinyinSyllable[] | null {
  const n = perChar.length;
  const keys = perChar.map((opts) => opts.map((o) => romanKey(o.toneless)));
  const dead = new Set<number>();
  const picked: PinyinSyllable[] = [];
  const walk = (i: number, pos: number): boolean => {
    if (i === n) return pos === key.length;
    const memo = i * (key.length + 1) + pos;
    if (dead.has(memo)) return false;
    const options = perChar[i] ?? [];
    for (let j = 0; j < options.length; j++) {
      const k = keys[i]?.[j] ?? '';
      const option = options[j];
      if (!option || k.length === 0 || !key.startsWith(k, pos)) continue;
      picked.push(option);
      if (walk(i + 1, pos + k.length)) return true;
      picked.pop();
    }
    dead.add(memo);
    return false;
  };
  return walk(0, 0) ? picked : null;
}

function sameToneless(a: readonly string[], b: readonly PinyinSyllable[] | null): boolean {
  return b !== null && a.length === b.length && a.every((t, i) => romanKey(t) === romanKey(b[i]?.toneless ?? ''));
}

/**
 * The reading that `roman` (as written in the text) gives for `chars` characters, or null.
 * Tone-marked pinyin is used exactly when it splits into one valid syllable per character and
 * either agrees with a known reading or marks every syllable. Toneless romanization only picks
 * among the candidates: "Chongqing" selects chóng (not zhòng) for 重.
 */
export function matchRomanization(roman: string, chars: number, cands: ReadingCandidates): PinyinSyllable[] | null {
  const key = romanKey(roman);
  if (key.length === 0 || chars === 0) return null;
  const split = splitRomanization(roman, chars);
  const whole = cands.whole.find((r) => r.length === chars && romanKey(r.map((s) => s.toneless).join('')) === key);
  const perChar = whole ?? (cands.perChar.length === chars ? matchPerChar(key, cands.perChar) : null);
  if (split?.toned) {
    const agrees = sameToneless(split.toneless, perChar);
    if (agrees || split.tones.every((t) => t !== 0)) {
      return split.toneless.map((t, i) => toSyllable(t, split.tones[i] ?? 0));
    }
  }
  return perChar ? perChar.slice() : null;
}
