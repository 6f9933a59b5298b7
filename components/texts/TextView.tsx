import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { toReaderDocument } from '@/lib/texts/annotation';
import { documentLang } from '@/lib/texts/document-lang';
import type { TextRecord } from '@/lib/texts/types';
import { getReaderLabels } from '../reader/labels';
import { createLineRenderer, ReaderLayout } from '../reader/ReaderLayout';

/**
 * A pasted text in the reader. Everything the user typed is rendered as React text nodes (never
 * as HTML), and the source link is an http(s) URL checked at creation.
 */
export async function TextView({ text, locale, sharePath }: { text: TextRecord; locale: AppLocale; sharePath: string }) {
  const document = toReaderDocument(text.annotation);
  const [t, format, labels] = await Promise.all([getTranslations({ locale, namespace: 'Texts.reader' }), getFormatter({ locale }), getReaderLabels(locale)]);
  const line = await createLineRenderer(labels, document.terms);
  const uiLang = htmlLang[locale];

  const after = (
    <p lang={uiLang} className="no-print mx-auto mt-10 w-full max-w-[70ch] border-t border-stone-200 pt-6 dark:border-stone-800">
      <Link href="/texts/new" className="underline">
        {t('pasteOwn')}
      </Link>
    </p>
  );

  return (
    <ReaderLayout
      locale={locale}
      labels={labels}
      documentLang={documentLang(text.body, document.paragraphs, document.terms)}
      terms={document.terms}
      firstMention={document.firstMention}
      after={after}
      sharePath={sharePath}
    >
      <header className="mb-6 font-sans">
        {document.title ? (
          <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{line(document.title)}</h1>
        ) : (
          <h1 lang={uiLang} className="text-3xl font-bold leading-tight tracking-tight text-stone-700 sm:text-4xl dark:text-stone-300">
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
      {document.paragraphs.map((paragraph, index) => (
        <p key={index} className="mb-5">
          {line(paragraph)}
        </p>
      ))}
    </ReaderLayout>
  );
}
