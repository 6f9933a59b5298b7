import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickNamespaces, type MessagePath } from '@/i18n/pick-namespaces';
import type { AppLocale } from '@/i18n/routing';

/**
 * Gives the client components inside the given messages (and only those), for
 * useTranslations: typed keys and ICU (plurals, numbers) in the browser. The catalogs are compiled
 * at build time (next.config.ts), so this costs no ICU parser there. A provider inside another
 * replaces its messages: list everything the client components below it use.
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: AppLocale;
  /** Namespaces, or single messages where a client component formats only a few. */
  namespaces: readonly MessagePath[];
  children: ReactNode;
}) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={pickNamespaces(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
