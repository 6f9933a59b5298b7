import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ManageLinkNotice } from '@/components/texts/ManageLinkNotice';
import { TextView } from '@/components/texts/TextView';
import { localizedAlternates, siteUrl } from '@/i18n/metadata';
import { isAppLocale, routing } from '@/i18n/routing';
import { managePath, manageCookieName, textPath } from '@/lib/texts/paths';
import { tokenMatches } from '@/lib/texts/secrets';
import { readText } from '@/lib/texts/service';
import { getTextStore } from '@/lib/texts/store';

// Texts are created at any time: read per request (one indexed lookup of the stored annotation).
export const dynamic = 'force-dynamic';

const loadText = cache((id: string) => readText(getTextStore(), id));

export async function generateMetadata({ params }: PageProps<'/[locale]/texts/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const l = isAppLocale(locale) ? locale : routing.defaultLocale;
  const found = await loadText(id);
  if (!found.ok) return {};
  const t = await getTranslations({ locale: l, namespace: 'Texts.reader' });
  // Pasted by anyone: readable by link, not offered to search engines.
  return { title: found.value.title || t('untitled'), alternates: localizedAlternates(l, textPath(id)), robots: { index: false } };
}

export default async function TextPage({ params }: PageProps<'/[locale]/texts/[id]'>) {
  const { locale, id } = await params;
  const l = isAppLocale(locale) ? locale : routing.defaultLocale;
  setRequestLocale(l);
  const found = await loadText(id);
  // The proxy answers unknown (404) and deleted (410) texts; this is only a deletion in between.
  if (!found.ok) notFound();
  const token = (await cookies()).get(manageCookieName(id))?.value;
  return (
    <>
      {token && tokenMatches(token, found.value.tokenHash) && <ManageLinkNotice locale={l} manageUrl={new URL(`/${l}${managePath(id, token)}`, siteUrl).href} />}
      <TextView text={found.value} locale={l} sharePath={textPath(id)} />
    </>
  );
}
