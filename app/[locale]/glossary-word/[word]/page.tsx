import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DictionaryWordDetail } from '@/components/glossary/DictionaryWordDetail';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { getDictionary } from '@/lib/dictionary';
import { termPath } from '@/lib/glossary-index';

/**
 * /{locale}/glossary/{word} of a dictionary word that is no curated or article term: the proxy
 * rewrites such addresses here once the dictionary has confirmed the word (lib/routing/known-pages),
 * and answers every other address with the 404 page. Rendered per request (124 000 words are too
 * many to prerender), with the CSP nonce of a dynamic page.
 */
export const dynamic = 'force-dynamic';

function wordOf(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary-word/[word]'>): Promise<Metadata> {
  const { locale: segment, word: param } = await params;
  const locale = pageLocale(segment);
  const word = (await getDictionary()).lookup(wordOf(param));
  if (!word) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const pinyin = word.readings.map((r) => r.pinyin).join(', ');
  return {
    title: t('dictionaryWordTitle', { term: word.word, pinyin }),
    description: t('dictionaryWordDescription', { term: word.word, pinyin }),
    // A traditional form's page shows the simplified word's entries: the simplified page is canonical.
    alternates: localizedAlternates(locale, termPath(word.simplified)),
  };
}

export default async function DictionaryWordPage({ params }: PageProps<'/[locale]/glossary-word/[word]'>) {
  const { locale, word: param } = await params;
  const word = (await getDictionary()).lookup(wordOf(param));
  if (!word) notFound();
  const l = pageLocale(locale);
  setRequestLocale(l);
  return <DictionaryWordDetail word={word} locale={l} />;
}
