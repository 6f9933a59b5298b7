import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ClientMessages } from './ClientMessages';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { READER_BOOT_SCRIPT, defaultRootAttributes } from '@/lib/reader/boot-script';
import { HydrationMark } from './HydrationMark';
import { DueBadge } from './review/DueBadge';
import { LocaleSwitcher } from './LocaleSwitcher';

const NAV_LINKS = {
  glossary: '/glossary',
  saved: '/saved',
  review: '/review',
  newText: '/texts/new',
  myTexts: '/texts',
} as const;

/** `<html>` with the page chrome: skip link, header with language switcher, footer with credits. */
export async function SiteShell({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  // Keeps every page static, the not-found pages included (a dynamically rendered 404 loses its HTML in Next 16).
  setRequestLocale(locale);
  const [tHeader, tMeta, tFooter] = await Promise.all([
    getTranslations({ locale, namespace: 'Header' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Footer' }),
  ]);
  return (
    <html lang={htmlLang[locale]} {...defaultRootAttributes()} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- App Router layouts render <head> directly; the rule is for pages/. */}
      <head>
        {/* Applies the reader settings (URL, then localStorage) before first paint. A constant built from our code, never user text. */}
        <script dangerouslySetInnerHTML={{ __html: READER_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        {/* The messages of every page's client components (the error boundary, the header's due count); pages add their own. */}
        <ClientMessages locale={locale} namespaces={['Error', 'Header']}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
          >
            {tHeader('skipToContent')}
          </a>
          <header className="no-print border-b border-stone-200 dark:border-stone-800">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              {/* The visible name first, so that voice control ("click Hanzi Reader") finds the link. */}
              <Link
                href="/"
                className="font-semibold tracking-tight hover:underline"
                aria-label={tHeader('homeLabel', { site: tMeta('siteName') })}
              >
                {tMeta('siteName')}
              </Link>
              <nav aria-label={tHeader('mainNav')} className="order-last w-full sm:order-none sm:w-auto">
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {(['glossary', 'saved', 'review', 'newText', 'myTexts'] as const).map((key) => (
                    <li key={key}>
                      <Link href={NAV_LINKS[key]} className="inline-block py-1 underline-offset-4 hover:underline">
                        {tHeader(key)}
                        {key === 'review' && <DueBadge />}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <LocaleSwitcher />
            </div>
          </header>
          <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 outline-none">
            {children}
          </main>
          <footer className="no-print border-t border-stone-200 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
            <p className="mx-auto max-w-5xl px-4 py-6">
              {tFooter.rich('dictionaryCredit', {
                link: (chunks) => (
                  <a className="underline" href="https://cc-cedict.org/wiki/">
                    {chunks}
                  </a>
                ),
                license: (chunks) => (
                  <a className="underline" href="https://creativecommons.org/licenses/by-sa/4.0/">
                    {chunks}
                  </a>
                ),
              })}
            </p>
          </footer>
          <HydrationMark />
        </ClientMessages>
      </body>
    </html>
  );
}
