/**
 * Traditional → simplified mapping for readings. Readings and dictionary look-ups work on the
 * simplified form, while segments keep the text as written, so the mapping must keep one
 * character per character.
 */
import { splitChars } from '../han';

export type Simplifier = (chars: readonly string[]) => string[];

/** opencc-js converter: string in, string out. */
type Convert = (text: string) => string;

/**
 * Compatibility ideographs (U+F900…, U+2F800…) canonically decompose to one unified
 * ideograph; NFC turns 豈 (U+F900) into 豈 (U+8C48), which the dictionaries know.
 */
function isCompat(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2f800 && c <= 0x2fa1f);
}

function unifyCompat(ch: string): string {
  if (isCompat(ch)) {
    const n = ch.normalize('NFC');
    return splitChars(n).length === 1 ? n : ch;
  }
  return ch;
}

/**
 * Builds a simplifier over an opencc converter. The whole run is converted first, so that
 * opencc's phrase table decides ambiguous characters (乾燥 → 干燥 but 乾隆 stays); if that
 * changes the number of characters, each character is converted on its own and kept as
 * written when even that is not one-to-one.
 */
export function createSimplifier(convert: Convert, triggers?: ReadonlySet<number>): Simplifier {
  const safe = (s: string): string | null => {
    try {
      return convert(s);
    } catch {
      // opencc-js is third-party: a failure must not break annotation, the text stays as written.
      return null;
    }
  };
  return (chars) => {
    // Most runs are simplified already: skip opencc when no character could change.
    if (triggers && !chars.some((c) => triggers.has(c.codePointAt(0) ?? 0) || isCompat(c))) return chars.slice();
    const unified = chars.map(unifyCompat);
    const whole = safe(unified.join(''));
    if (whole !== null) {
      const out = splitChars(whole);
      if (out.length === unified.length) return out;
    }
    return unified.map((ch) => {
      const one = safe(ch);
      return one !== null && splitChars(one).length === 1 ? one : ch;
    });
  };
}

/** Without opencc (no Han run needed it yet): only the compatibility forms are unified. */
export const identitySimplifier: Simplifier = (chars) => chars.map(unifyCompat);
