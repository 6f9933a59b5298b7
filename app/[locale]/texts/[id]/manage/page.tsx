import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ManageText } from '@/components/texts/ManageText';
import { pageLocale } from '@/i18n/page-locale';
import { SAVED_CHANGES } from '@/lib/texts/form-state';
import { textPageView } from '@/lib/texts/reading-view';
import { readOwnedText } from '@/lib/texts/service';
import { getTextStore } from '@/lib/texts/store';
import { lostInLastChange } from '@/lib/texts/text-versions';
import { wordInEditor } from '@/lib/texts/word-edits';
import { deleteTextAction, removeReadingAction, saveReadingAction, saveTitleAction } from './actions';
import { mergeWordAction, saveBodyAction, saveWordAction, splitWordAction, undoAction } from './word-actions';

const actions = {
  saveTitle: saveTitleAction,
  saveReading: saveReadingAction,
  removeReading: removeReadingAction,
  deleteText: deleteTextAction,
  saveWord: saveWordAction,
  splitWord: splitWordAction,
  mergeWord: mergeWordAction,
  saveBody: saveBodyAction,
  undo: undoAction,
};

// Per request, and only with the right token: the proxy answers 403/404/410 before this renders.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/texts/[id]/manage'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: pageLocale(locale), namespace: 'Texts.manage' });
  // The URL carries the token: not indexed, and no referrer leaves the site (not even the origin).
  // Not 'no-referrer': the forms' posts would then carry `Origin: null`, which Next refuses as CSRF.
  return { title: t('metaTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

export default async function ManageTextPage({ params, searchParams }: PageProps<'/[locale]/texts/[id]/manage'>) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const l = pageLocale(locale);
  setRequestLocale(l);
  const token = typeof query.token === 'string' ? query.token : '';
  const store = getTextStore();
  const owned = await readOwnedText(store, id, token);
  if (!owned.ok) notFound();
  const text = owned.value;
  const saved = SAVED_CHANGES.find((change) => change === query.saved) ?? null;
  const edit = typeof query.edit === 'string' && /^\d{1,7}$/.test(query.edit) ? Number(query.edit) : null;
  // The words are shown in the reader's pages, so the page's size and cost stay bounded.
  const view = textPageView(text, query.page);
  const [editing, previous, lost] = await Promise.all([
    edit === null ? null : wordInEditor(text, edit, view),
    store.previousVersion(text.id),
    saved === 'text' ? lostInLastChange(store, text) : null,
  ]);
  return (
    <ManageText
      text={text}
      token={token}
      locale={l}
      saved={saved}
      actions={actions}
      view={view}
      editing={editing}
      canUndo={previous !== null}
      lost={lost}
    />
  );
}
