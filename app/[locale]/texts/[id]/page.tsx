import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ManageLinkNotice } from '@/components/texts/ManageLinkNotice';
import { TextView } from '@/components/texts/TextView';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { config } from '@/lib/config';
import { DEFAULT_SITE_URL } from '@/lib/config/schema';
import { MANAGE_COOKIE, managePath, manageTokenFromCookie, textPath } from '@/lib/texts/paths';
import { publicOrigin, publicUrl } from '@/lib/texts/public-url';
import { displayFromQuery } from '@/lib/reader/display-options';
import { settingsFromQuery } from '@/lib/reader/settings';
import { tokenMatches } from '@/lib/texts/secrets';
import { readText } from '@/lib/texts/service';
import { getTextStore } from '@/lib/texts/store';

// Texts are created at any time: read per request (one indexed lookup of the stored annotation).
export const dynamic = 'force-dynamic';

const loadText = cache((id: string) => readText(getTextStore(), id));

export async function generateMetadata({ params }: PageProps<'/[locale]/texts/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const l = pageLocale(locale);
  const found = await loadText(id);
  if (!found.ok) return {};
  const t = await getTranslations({ locale: l, namespace: 'Texts.reader' });
  // Pasted by anyone: readable by link, not offered to search engines.
  return {
    title: found.value.title || t('untitled'),
    alternates: localizedAlternates(l, textPath(id)),
    robots: { index: false },
  };
}

export default async function TextPage({ params, searchParams }: PageProps<'/[locale]/texts/[id]'>) {
  const { locale, id } = await params;
  const query = await searchParams;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const found = await loadText(id);
  // The proxy answers unknown (404) and deleted (410) texts; this is only a deletion in between.
  if (!found.ok) notFound();
  const token = manageTokenFromCookie((await cookies()).get(MANAGE_COOKIE)?.value, id);
  const manage = token !== null && tokenMatches(token, found.value.tokenHash) ? managePath(id, token) : null;
  return (
    <>
      {manage && (
        <ManageLinkNotice
          locale={l}
          path={manage}
          displayUrl={await manageDisplayUrl(`/${l}${manage}`)}
          id={id}
          title={found.value.title}
        />
      )}
      <TextView
        text={found.value}
        locale={l}
        sharePath={textPath(id)}
        page={query.page}
        display={displayFromQuery(query)}
        linkSettings={settingsFromQuery(query)}
      />
    </>
  );
}

/** The manage page's absolute URL on the host this request came to (SITE_URL if set). */
async function manageDisplayUrl(path: string): Promise<string> {
  const origin = publicOrigin({
    siteUrl: config().siteUrl?.href,
    headers: await headers(),
    fallback: DEFAULT_SITE_URL,
  });
  return publicUrl(origin, path);
}
