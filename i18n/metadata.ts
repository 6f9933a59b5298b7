import type { Metadata } from 'next';
import { config } from '@/lib/config';
import { DEFAULT_SITE_URL } from '@/lib/config/schema';
import { routing, htmlLang, type AppLocale } from './routing';

/** Absolute origin for canonical and alternate URLs; set SITE_URL in production. */
export const siteUrl = config().siteUrl ?? new URL(DEFAULT_SITE_URL);

/**
 * Canonical URL and hreflang alternates of one page in every UI language.
 * `path` is the locale-free path ("" for home, "/articles/xiaomi-2018"); x-default is the
 * unprefixed URL, which the proxy redirects to the visitor's language.
 */
export function localizedAlternates(locale: AppLocale, path: string): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[htmlLang[l]] = `/${l}${path}`;
  languages['x-default'] = path || '/';
  return { canonical: `/${locale}${path}`, languages };
}
