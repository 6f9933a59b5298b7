import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { pageNumber, termsOfPage } from '@/lib/reader/pages';
import { textReadingView } from '@/lib/texts/reading-view';
import type { TextRecord } from '@/lib/texts/types';
import { getReaderLabels } from '../reader/labels';
import { createLineRenderer, ReaderLayout } from '../reader/ReaderLayout';

/**
 * A pasted text in the reader. Everything the user typed is rendered as React text nodes (never
 * as HTML), and the source link is an http(s) URL checked at creation.
 */
export async function TextView({ text, locale, sharePath, page: requestedPage }: { text: TextRecord; locale: AppLocale; sharePath: string; page?: string | string[] }) {
  // A long text is read in pages of bounded size: the page's HTML and rendering time stay small
  // whatever the text's length, and each mention has no popover copy of its own.
  const { document, pages, lang } = textReadingView(text);
  const page = pageNumber(requestedPage, pages.length);
  const paragraphs = pages[page - 1] ?? [];
  const onPage = termsOfPage(page === 1 && document.title ? [document.title, ...paragraphs] : paragraphs, document.terms);
  const [t, format, labels] = await Promise.all([getTranslations({ locale, namespace: 'Texts.reader' }), getFormatter({ locale }), getReaderLabels(locale)]);
  const line = await createLineRenderer(labels, onPage.terms, 'shared');
  const uiLang = htmlLang[locale];
  const pageNav = (where: 'top' | 'bottom') =>
    pages.length > 1 && (
      <nav lang={uiLang} aria-label={where === 'top' ? t('pagesLabel') : t('pagesLabelBottom')} className="no-print mx-auto my-6 flex w-full max-w-[70ch] flex-wrap items-center gap-4 font-sans text-sm">
        {page > 1 && (
          <a href={`?page=${page - 1}`} rel="prev" className="underline">
            {t('previousPage')}
          </a>
        )}
        <span aria-current="page">{t('pageOf', { page, count: pages.length })}</span>
        {page < pages.length && (
          <a href={`?page=${page + 1}`} rel="next" className="underline">
            {t('nextPage')}
          </a>
        )}
      </nav>
    );

  const after = (
    <>
    {pageNav('bottom')}
    <p lang={uiLang} className="no-print mx-auto mt-10 w-full max-w-[70ch] border-t border-stone-200 pt-6 dark:border-stone-800">
      <Link href="/texts/new" className="underline">
        {t('pasteOwn')}
      </Link>
    </p>
    </>
  );

  return (
    <ReaderLayout
      locale={locale}
      labels={labels}
      documentLang={lang}
      terms={onPage.terms}
      firstMention={onPage.firstMention}
      after={after}
      sharePath={sharePath}
      popovers="shared"
    >
      <header className="mb-6 font-sans">
        {document.title ? (
          // Annotated on the first page; the later pages repeat it as plain text.
          <h1 className="text-[1.6667em] font-bold leading-tight tracking-tight sm:text-[2em]">{page === 1 ? line(document.title) : text.title}</h1>
        ) : (
          <h1 lang={uiLang} className="text-[1.6667em] font-bold leading-tight tracking-tight text-stone-700 sm:text-[2em] dark:text-stone-300">
            {t('untitled')}
          </h1>
        )}
        <p lang={uiLang} className="mt-2 flex flex-wrap gap-x-4 text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={new Date(text.createdAt).toISOString()}>{t('added', { date: format.dateTime(new Date(text.createdAt), { dateStyle: 'long' }) })}</time>
          {text.sourceUrl && (
            <span>
              {t('source')}{' '}
              <a href={text.sourceUrl} rel="nofollow ugc noopener noreferrer" className="underline">
                {new URL(text.sourceUrl).host}
              </a>
            </span>
          )}
        </p>
      </header>
      {pageNav('top')}
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="mb-5">
          {line(paragraph)}
        </p>
      ))}
    </ReaderLayout>
  );
}
