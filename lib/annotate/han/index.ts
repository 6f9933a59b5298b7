/**
 * Han character detection on UTF-16 code units. A charCode loop instead of \p{Script=Han}
 * because it is the hot path over megabytes of mostly Latin text, and because Script=Han also
 * covers radicals and iteration marks (⺀, 々) that are not readable characters.
 */

/** Code point ranges treated as Han, inclusive. */
export const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3007, 0x3007], // 〇 ideographic zero (líng), used in dates
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // Unified Ideographs
  [0xf900, 0xfaff], // Compatibility Ideographs
  [0x20000, 0x2fa1f], // Extensions B–F, I and Compatibility Supplement (plane 2)
  [0x30000, 0x323af], // Extensions G and H (plane 3)
];

/** BMP part of the test, for a single code unit. */
function isHanUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

export function isHanCodePoint(cp: number): boolean {
  if (cp < 0x10000) return isHanUnit(cp);
  return (cp >= 0x20000 && cp <= 0x2fa1f) || (cp >= 0x30000 && cp <= 0x323af);
}

/**
 * Length in code units of the Han character starting at `i` (1, or 2 for a supplementary-plane
 * character written as a valid surrogate pair), 0 if none starts there.
 */
export function hanLengthAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 0x3007) return 0;
  if (isHanUnit(c)) return 1;
  // High surrogates of planes 2 and 3 are D840–D8BF.
  if (c >= 0xd840 && c <= 0xd8bf && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      return isHanCodePoint(cp) ? 2 : 0;
    }
  }
  return 0;
}

export function containsHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (hanLengthAt(text, i) > 0) return true;
  return false;
}

/** A maximal run of Han characters: [start, end) in code units. */
export interface HanRun {
  start: number;
  end: number;
}

export function findHanRuns(text: string): HanRun[] {
  const runs: HanRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const len = hanLengthAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    i += len;
    for (let l = hanLengthAt(text, i); l > 0; l = hanLengthAt(text, i)) i += l;
    runs.push({ start, end: i });
  }
  return runs;
}

/** Splits a Han-only string into characters (code points). */
export function splitChars(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < run.length;) {
    const c = run.charCodeAt(i);
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < run.length ? 2 : 1;
    out.push(run.slice(i, i + len));
    i += len;
  }
  return out;
}
