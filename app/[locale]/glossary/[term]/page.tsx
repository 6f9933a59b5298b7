import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TermDetail } from '@/components/glossary/TermDetail';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import {
  getGlossaryEntry,
  glossaryTermIds,
  localizedMeaning,
  meaningWithoutHeadword,
  termPath,
} from '@/lib/glossary-index';

// Every term in every locale is rendered at build time; the proxy answers unknown terms with the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => [...glossaryTermIds()].map((term) => ({ locale, term })));
}

/** The route param as the hanzi: decoded when it arrives percent-encoded. */
function termOf(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary/[term]'>): Promise<Metadata> {
  const { locale: segment, term } = await params;
  const locale = pageLocale(segment);
  const entry = getGlossaryEntry(termOf(term));
  if (!entry) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const meaning = localizedMeaning(entry.meanings, locale);
  return {
    title: t('termTitle', { term: entry.simplified, pinyin: entry.pinyin }),
    description: meaning
      ? t('termDescription', {
          term: entry.simplified,
          pinyin: entry.pinyin,
          meaning: meaningWithoutHeadword(meaning.text, entry.simplified),
        })
      : undefined,
    alternates: localizedAlternates(locale, termPath(entry.id)),
  };
}

export default async function TermPage({ params }: PageProps<'/[locale]/glossary/[term]'>) {
  const { locale, term } = await params;
  const entry = getGlossaryEntry(termOf(term));
  if (!entry) notFound();
  const l = pageLocale(locale);
  setRequestLocale(l);
  return <TermDetail entry={entry} locale={l} />;
}
