import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { AnnotatedLine } from '@/lib/annotated-lines';
import { scriptLang } from '@/lib/reader/display';
import { displayParams, type Display } from '@/lib/reader/display-options';
import type { ReaderSettings } from '@/lib/reader/settings';
import { textPageView } from '@/lib/texts/reading-view';
import type { TextRecord } from '@/lib/texts/types';
import { getReaderLabels } from '../reader/labels';
import { Deferred, inTurns } from '../reader/InTurns';
import { PageNav } from '../reader/PageNav';
import { createLineRenderer, ReaderLayout } from '../reader/ReaderLayout';

/**
 * A pasted text in the reader. Everything the user typed is rendered as React text nodes (never
 * as HTML), and the source link is an http(s) URL checked at creation.
 */
export async function TextView({
  text,
  locale,
  sharePath,
  page: requestedPage,
  display,
  linkSettings,
}: {
  text: TextRecord;
  locale: AppLocale;
  sharePath: string;
  page?: string | string[];
  display: Display;
  /** The reader settings in the page's link (shown without JavaScript too). */
  linkSettings?: Partial<ReaderSettings>;
}) {
  // A long text is read in pages of bounded size: the page's HTML and rendering time stay small
  // whatever the text's length, and each mention has no popover copy of its own.
  // Only the requested page of the stored annotation is read (lib/texts/reading-view).
  const view = textPageView(text, requestedPage);
  const { page, pageCount, lang } = view;
  const [t, format, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'Texts.reader' }),
    getFormatter({ locale }),
    getReaderLabels(locale),
  ]);
  const line = await createLineRenderer(labels, view.terms, display, 'shared');
  // Links to the other pages keep how the text is written.
  const pageHref = (n: number) =>
    `?${new URLSearchParams([['page', String(n)], ...displayParams(display)]).toString()}`;
  const uiLang = htmlLang[locale];
  // The page's parts are rendered one per turn of the event loop, in order (see LinePart).
  const partsOf = view.lines.map((paragraph) => lineParts(paragraph, MENTIONS_PER_PART));
  const turns = inTurns(partsOf.flat(), 1);
  const firstPart = partsOf.map((_, index) => partsOf.slice(0, index).reduce((n, parts) => n + parts.length, 0));
  const pageNav = (where: 'top' | 'bottom') => (
    <PageNav
      page={page}
      pageCount={pageCount}
      href={pageHref}
      lang={uiLang}
      label={where === 'top' ? t('pagesLabel') : t('pagesLabelBottom')}
      labels={{ previous: t('previousPage'), next: t('nextPage'), pageOf: t('pageOf', { page, count: pageCount }) }}
    />
  );

  const after = (
    <>
      {pageNav('bottom')}
      <p
        lang={uiLang}
        className="no-print mx-auto mt-10 w-full max-w-[70ch] border-t border-stone-200 pt-6 dark:border-stone-800"
      >
        {/* A link on a line of its own: at least 24 px high for a finger (WCAG 2.5.8). */}
        <Link href="/texts/new" className="inline-block py-1 underline">
          {t('pasteOwn')}
        </Link>
      </p>
    </>
  );

  return (
    <ReaderLayout
      locale={locale}
      labels={labels}
      documentLang={
        lang.startsWith('zh') ? scriptLang(display.script, lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans') : lang
      }
      terms={view.terms}
      firstMention={view.firstMention}
      after={after}
      sharePath={sharePath}
      popovers="shared"
      display={display}
      keep={page > 1 ? { page: String(page) } : {}}
      linkSettings={linkSettings}
    >
      <header className="mb-6 font-sans">
        {text.title ? (
          // Annotated on the first page; the later pages repeat it as plain text.
          <h1 className="text-[1.6667em] font-bold leading-tight tracking-tight sm:text-[2em]">
            {view.title ? line(view.title) : text.title}
          </h1>
        ) : (
          <h1
            lang={uiLang}
            className="text-[1.6667em] font-bold leading-tight tracking-tight text-stone-700 sm:text-[2em] dark:text-stone-300"
          >
            {t('untitled')}
          </h1>
        )}
        <p lang={uiLang} className="mt-2 flex flex-wrap gap-x-4 text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={new Date(text.createdAt).toISOString()}>
            {t('added', { date: format.dateTime(new Date(text.createdAt), { dateStyle: 'long' }) })}
          </time>
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
      {partsOf.map((parts, index) => (
        <p key={index} className="mb-5">
          {parts.map((part, at) => (
            <Deferred key={at} ready={turns[firstPart[index]! + at]!.ready} render={() => line(part)} />
          ))}
        </p>
      ))}
    </ReaderLayout>
  );
}

/** Mentions rendered in one turn of the event loop (components/reader/InTurns). */
const MENTIONS_PER_PART = 100;

/**
 * A line in parts of about `mentions` mentions, cut only between two adjacent mentions (where no
 * punctuation is glued to either, lib/reader/line-breaks), so the parts render as the line would.
 */
function lineParts(line: AnnotatedLine, mentions: number): AnnotatedLine[] {
  const parts: AnnotatedLine[] = [[]];
  let count = 0;
  line.forEach((segment, at) => {
    const isMention = segment.type !== 'plain';
    if (isMention && count >= mentions && at > 0 && line[at - 1]!.type !== 'plain') {
      parts.push([]);
      count = 0;
    }
    parts.at(-1)!.push(segment);
    if (isMention) count++;
  });
  return parts;
}
