import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { ManageActions } from '@/lib/texts/form-state';
import type { WordInEditor } from '@/lib/texts/word-edits';
import { WordEditor } from './WordEditor';

/**
 * The editor of one word of the text (`?edit=`): its reading, meaning, split and join, with the
 * form fields every change needs (`hidden`: text, token, version and the page shown).
 */
export async function WordEditorPanel({
  editing,
  hidden,
  locale,
  actions,
}: {
  editing: WordInEditor;
  hidden: Record<string, string>;
  locale: AppLocale;
  actions: ManageActions;
}) {
  const t = await getTranslations({ locale, namespace: 'Texts.manage' });
  const { word } = editing;
  const characters = [...word.text];
  return (
    <section
      id="word-editor"
      tabIndex={-1}
      aria-labelledby="word-editor-heading"
      className="mt-6 rounded border border-stone-300 p-4 dark:border-stone-700"
    >
      <h3 id="word-editor-heading" className="text-lg font-semibold">
        {t('editorHeading', { word: word.text, pinyin: word.pinyin })}
      </h3>
      <div className="mt-3">
        <WordEditor
          hidden={{
            ...hidden,
            line: String(editing.target.line),
            start: String(editing.target.start),
            word: editing.target.text,
          }}
          pinyin={word.pinyin}
          meaning={word.meanings[locale] ?? ''}
          choices={editing.choices}
          splits={characters.slice(1).map((_, index) => ({
            at: index + 1,
            label: `${characters.slice(0, index + 1).join('')} | ${characters.slice(index + 1).join('')}`,
          }))}
          next={editing.next?.text ?? null}
          labels={{
            choices: t('editor.choices'),
            typed: t('editor.typed'),
            typedHint: t('editor.typedHint'),
            meaning: t('editor.meaning'),
            meaningHint: t('editor.meaningHint'),
            scope: t('editor.scope'),
            scopeOne: t('editor.scopeOne'),
            scopeAll: t('editor.scopeAll'),
            save: t('editor.save'),
            splitHeading: t('editor.splitHeading'),
            splitAt: t('editor.splitAt'),
            split: t('editor.split'),
            merge: t('editor.merge', { word: word.text, next: editing.next?.text ?? '' }),
          }}
          actions={actions}
        />
      </div>
    </section>
  );
}
