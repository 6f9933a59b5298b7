import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../../i18n/routing';
import { loadGlossary } from '../glossary';
import { listArticles } from '../articles';
import { annotateArticle } from '../articles/annotated';

/** Printable ASCII, Latin-1 (German umlauts, ß, quotes) and the tone-marked pinyin vowels. */
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f], // ā ē ī ō ū and friends
  [0x1cd, 0x1dc], // ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
  [0x2010, 0x2027], // dashes, typographic quotes, ellipsis, middle dot
];

function latin(): string {
  let out = '';
  for (const [from, to] of LATIN_RANGES) for (let code = from; code <= to; code++) out += String.fromCodePoint(code);
  return out;
}

/** The site name in every UI language (the preview image shows it in the reader's). */
function siteNames(root: string): string[] {
  return routing.locales.map((locale) => {
    const messages = JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')) as {
      Metadata?: { siteName?: string };
    };
    return messages.Metadata?.siteName ?? '';
  });
}

/** Sorted, distinct code points of the given texts. */
function distinctCharacters(texts: Iterable<string>): string {
  const set = new Set<string>();
  for (const text of texts) for (const char of text) set.add(char);
  return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * Every character the article preview images can show: Latin for titles and pinyin, the site name
 * in every language, and the hanzi of every glossary entry and every term of every article (the
 * shipped font is a subset; a character outside it would render as a box).
 */
export async function requiredOgCharacters(root = process.cwd()): Promise<string> {
  const texts: string[] = [latin(), ...siteNames(root)];
  for (const term of loadGlossary().terms) texts.push(term.simplified, term.traditional ?? '', term.pinyin);
  for (const article of listArticles()) {
    texts.push(article.title);
    const annotated = await annotateArticle(article);
    for (const term of annotated.terms) texts.push(term.simplified, term.pinyin);
  }
  return distinctCharacters(texts);
}
