import type { TermSummary } from '../annotate';
import type { AnnotatedLine } from '../annotated-lines';
import { scriptCounts } from './annotation-codec';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Whole words only; \b would not see "für" as one (JavaScript's \b knows ASCII letters only).
const word = (words: string) => new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'giu');
const GERMAN = word('der|die|das|und|ist|nicht|mit|für|auf|sich|ein|eine|dem|den|von|zu|im|auch|wird');
const ENGLISH = word('the|and|is|of|to|in|that|for|with|on|it|was|are|by|this|as|from|be|has');

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * BCP 47 tag for the `lang` attribute of a pasted text (screen readers pick their voice by it):
 * Chinese when Han characters outnumber Latin letters, else German or English by their most
 * common words, German when neither is recognisable. Chinese is traditional when more mentions of
 * terms that differ between the scripts are written traditionally (任正非 is the same in both).
 */
export function documentLang(text: string, lines: readonly AnnotatedLine[], terms: readonly TermSummary[]): string {
  return documentLangOf(text, () => scriptCounts(lines, terms));
}

/** documentLang with the script counts of the annotation (lib/texts/annotation-codec scriptCounts), e.g. as stored. */
export function documentLangOf(text: string, scripts: () => { traditional: number; simplified: number }): string {
  const sample = text.slice(0, 20_000);
  if (count(sample, HAN) > count(sample, LATIN)) {
    const { traditional, simplified } = scripts();
    return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
  }
  return count(sample, ENGLISH) > count(sample, GERMAN) ? 'en' : 'de';
}
