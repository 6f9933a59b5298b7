import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import { numberedToMarked } from '@/lib/annotate';
import { documentLines } from '@/lib/texts/apply-corrections';
import type { ManageActions, SavedChange } from '@/lib/texts/form-state';
import { managePath, textPath } from '@/lib/texts/paths';
import type { TextPageView } from '@/lib/texts/reading-view';
import type { TextRecord } from '@/lib/texts/types';
import type { LostCorrections } from '@/lib/texts/text-versions';
import type { WordInEditor } from '@/lib/texts/word-edits';
import { PageNav } from '../reader/PageNav';
import { BodyForm } from './BodyForm';
import { HiddenFields } from './form-parts';
import { LostCorrectionsNotice } from './LostCorrectionsNotice';
import { ReadingForm } from './ReadingForm';
import { RememberText } from './RememberText';
import { RemoveReadingForm } from './RemoveReadingForm';
import { TitleForm } from './TitleForm';
import { UndoForm } from './UndoForm';
import { WordEditorPanel } from './WordEditorPanel';
import { WordsToCorrect } from './WordsToCorrect';
import { dangerButton } from '../button-styles';

const sectionClass = 'mt-10 border-t border-stone-200 pt-6 dark:border-stone-800';

/**
 * The owner's page: retitle, correct readings, delete. Every form works without JavaScript.
 * `actions`: the page's server actions (app/[locale]/texts/[id]/manage/actions.ts).
 */
export async function ManageText({
  text,
  token,
  locale,
  saved,
  actions,
  view,
  editing,
  canUndo,
  lost,
}: {
  text: TextRecord;
  token: string;
  locale: AppLocale;
  saved: SavedChange | null;
  actions: ManageActions;
  /** The page of the text shown (`?page=`), as the reader pages it. */
  view: TextPageView;
  /** The word whose editor is open (from `?edit=`), if any. */
  editing: WordInEditor | null;
  /** The text has an earlier version to go back to. */
  canUndo: boolean;
  /** After a change of the text: the corrections it took away. */
  lost: LostCorrections | null;
}) {
  const [t, tReader] = await Promise.all([
    getTranslations({ locale, namespace: 'Texts.manage' }),
    getTranslations({ locale, namespace: 'Texts.reader' }),
  ]);
  const hidden = { locale, id: text.id, token, version: String(text.version) };
  const { page, pageCount } = view;
  // The page stays in every link and after a word's change; page 1 is the page without `page=`.
  const onPage: Record<string, string> = page > 1 ? { page: String(page) } : {};
  const pageHref = (n: number) =>
    `?${new URLSearchParams({ token, ...(n > 1 ? { page: String(n) } : {}) }).toString()}#manage-words`;
  const editHref = (occurrence: number) =>
    `?${new URLSearchParams({ token, ...onPage, edit: String(occurrence) }).toString()}#word-editor`;
  const pageNav = (where: 'top' | 'bottom') => (
    <PageNav
      page={page}
      pageCount={pageCount}
      href={pageHref}
      lang={htmlLang[locale]}
      label={where === 'top' ? tReader('pagesLabel') : tReader('pagesLabelBottom')}
      labels={{
        previous: tReader('previousPage'),
        next: tReader('nextPage'),
        pageOf: tReader('pageOf', { page, count: pageCount }),
      }}
    />
  );
  // The page's terms: a long text has thousands, and the select would not stay small.
  const terms = view.terms.map((term) => ({ id: term.id, pinyin: term.pinyin }));
  const corrections = Object.entries(text.overrides);

  return (
    <div className="manage-text mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold tracking-tight">{t('heading')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-3">
        <Link href={textPath(text.id)} className="font-medium underline">
          {t('viewText')}
        </Link>
      </p>
      {/* Opening the manage link in this browser adds the text to "My texts". */}
      <RememberText id={text.id} title={text.title} managePath={managePath(text.id, token)} />
      <p role="status" className="mt-4 font-medium text-green-800 dark:text-green-300">
        {/* Hidden by globals.css while a later attempt shows an error, with or without JavaScript. */}
        {saved ? <span className="saved-notice">{t(`saved.${saved}`)}</span> : ''}
      </p>

      {lost && <LostCorrectionsNotice lost={lost} locale={locale} />}

      <section
        key={`words-${text.version}`}
        id="manage-words"
        aria-labelledby="manage-words-heading"
        className={sectionClass}
      >
        <h2 id="manage-words-heading" className="text-xl font-semibold">
          {t('wordsHeading')}
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">{t('wordsIntro')}</p>
        {pageNav('top')}
        <WordsToCorrect
          lines={documentLines({ title: view.title, paragraphs: view.lines })}
          editing={editing?.occurrence ?? null}
          editHref={editHref}
        />
        {pageNav('bottom')}
        {editing && (
          <WordEditorPanel editing={editing} hidden={{ ...hidden, ...onPage }} locale={locale} actions={actions} />
        )}
      </section>

      <section key={`body-${text.version}`} aria-labelledby="manage-body-heading" className={sectionClass}>
        <h2 id="manage-body-heading" className="text-xl font-semibold">
          {t('bodyHeading')}
        </h2>
        <BodyForm
          hidden={hidden}
          body={text.body}
          labels={{ text: t('bodyLabel'), hint: t('bodyHint'), save: t('saveBody') }}
          action={actions.saveBody}
        />
      </section>

      {canUndo && (
        <section key={`undo-${text.version}`} aria-labelledby="manage-undo-heading" className={sectionClass}>
          <h2 id="manage-undo-heading" className="text-xl font-semibold">
            {t('undoHeading')}
          </h2>
          <p className="mt-1 text-stone-700 dark:text-stone-300">{t('undoIntro')}</p>
          <UndoForm hidden={hidden} label={t('undo')} action={actions.undo} />
        </section>
      )}

      {/* Keyed by version: after a change the forms start fresh from the stored text. */}
      <section key={`title-${text.version}`} aria-labelledby="manage-title-heading" className={sectionClass}>
        <h2 id="manage-title-heading" className="text-xl font-semibold">
          {t('titleHeading')}
        </h2>
        <TitleForm
          hidden={hidden}
          title={text.title}
          labels={{ titleLabel: t('titleLabel'), titleHint: t('titleHint'), saveTitle: t('saveTitle') }}
          action={actions.saveTitle}
        />
      </section>

      <section key={`readings-${text.version}`} aria-labelledby="manage-readings-heading" className={sectionClass}>
        <h2 id="manage-readings-heading" className="text-xl font-semibold">
          {t('readingsHeading')}
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">{t('readingsIntro')}</p>
        {terms.length > 0 ? (
          <ReadingForm
            hidden={hidden}
            terms={terms}
            labels={{
              termLabel: t('termLabel'),
              pinyinLabel: t('pinyinLabel'),
              pinyinHint: t('pinyinHint'),
              saveReading: t('saveReading'),
            }}
            action={actions.saveReading}
          />
        ) : (
          <p className="mt-3">{t('noTerms')}</p>
        )}
        {corrections.length > 0 && (
          <>
            <h3 className="mt-6 font-semibold">{t('correctionsHeading')}</h3>
            <ul className="mt-2 grid gap-2">
              {corrections.map(([hanzi, pinyin], index) => (
                <li key={hanzi} className="flex flex-wrap items-center gap-3">
                  <span>
                    <span lang="zh-Hans">{hanzi}</span> {numberedToMarked(pinyin)}{' '}
                    <span className="text-stone-600 dark:text-stone-400">({pinyin})</span>
                  </span>
                  <RemoveReadingForm
                    hidden={hidden}
                    hanzi={hanzi}
                    label={t('removeCorrection', { hanzi })}
                    errorId={`remove-correction-${index}-error`}
                    action={actions.removeReading}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="manage-delete-heading" className={sectionClass}>
        <h2 id="manage-delete-heading" className="text-xl font-semibold">
          {t('deleteHeading')}
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">{t('deleteIntro')}</p>
        <form action={actions.deleteText} className="mt-3 grid gap-3">
          <HiddenFields values={hidden} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" required className="h-5 w-5" />
            {t('deleteConfirm')}
          </label>
          <div>
            <button type="submit" className={dangerButton}>
              {t('deleteButton')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
