import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { pickNamespaces, type Namespace } from '@/i18n/pick-namespaces';
import type { AppLocale } from '@/i18n/routing';

/**
 * Gives the client components inside the messages of the given namespaces (and only those), for
 * useTranslations: typed keys and ICU (plurals, numbers) in the browser. The catalogs are compiled
 * at build time (next.config.ts), so this costs no ICU parser there. A provider inside another
 * replaces its messages: list every namespace the client components below it use.
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: AppLocale;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={pickNamespaces(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
