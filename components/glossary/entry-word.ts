import { htmlLang } from '@/i18n/routing';
import type { Locale } from '@/lib/annotate';
import { getArticle } from '@/lib/articles';
import { exampleText, type GlossaryEntry } from '@/lib/glossary-index';
import type { SaveWordData } from '../saved/SaveWordButton';

/** What saving a glossary entry keeps: its first example sentence, in the language of its article. */
export function entryWord(entry: GlossaryEntry, meaning: { text: string; locale: Locale } | undefined): SaveWordData {
  const use = entry.articles[0];
  const example = use?.examples[0];
  return {
    hanzi: entry.simplified,
    pinyin: entry.pinyin,
    meaning: meaning?.text ?? '',
    ...(meaning ? { meaningLang: htmlLang[meaning.locale] } : {}),
    sentence: example ? exampleText(example) : '',
    ...(use && example ? { lang: getArticle(use.slug)?.meta.language } : {}),
  };
}
