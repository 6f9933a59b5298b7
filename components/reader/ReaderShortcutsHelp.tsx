import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { DATA } from '@/lib/reader/dom-contract';
import { SHORTCUT_ACTIONS, SHORTCUT_KEYS, SHORTCUTS_DIALOG_ID } from '@/lib/reader/shortcuts';
import { outlineButton } from '../button-styles';

const kbd = 'rounded border border-stone-400 px-1.5 py-0.5 font-mono text-sm dark:border-stone-500';

/**
 * The reader's keyboard shortcuts in a modal <dialog> (focus stays inside, Escape closes, focus
 * goes back), opened by `?` or its button; ReaderInteractions opens it. The keys come from the
 * same table as the key handler (lib/reader/shortcuts).
 */
export async function ReaderShortcutsHelp({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Shortcuts' });
  const inPopover = [
    { keys: ['Enter', '↓'], text: t('enterPopover') },
    { keys: ['←', '→'], text: t('moveInPopover') },
    { keys: ['Tab'], text: t('leavePopover') },
    { keys: ['Esc'], text: t('closePopover') },
  ];
  return (
    <>
      <button
        type="button"
        {...{ [DATA.shortcutsOpen]: '' }}
        aria-keyshortcuts="?"
        className="js-only no-print mt-6 inline-flex min-h-11 items-center gap-1 text-sm text-stone-600 underline underline-offset-2 dark:text-stone-400"
      >
        {t('open')} <kbd aria-hidden="true">?</kbd>
      </button>
      <dialog
        id={SHORTCUTS_DIALOG_ID}
        aria-labelledby={`${SHORTCUTS_DIALOG_ID}-heading`}
        className="m-auto max-h-[90vh] w-[min(32rem,calc(100vw-2rem))] rounded-lg bg-white p-6 text-stone-900 backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id={`${SHORTCUTS_DIALOG_ID}-heading`} className="text-xl font-semibold">
          {t('heading')}
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{t('intro')}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {SHORTCUT_ACTIONS.map((action) => (
            <div key={action} className="contents">
              <dt>
                <kbd className={kbd}>{SHORTCUT_KEYS[action] === 'N' ? '⇧ N' : SHORTCUT_KEYS[action]}</kbd>
              </dt>
              <dd>{t(`action.${action}`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-5 font-semibold">{t('popoverHeading')}</h3>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          {inPopover.map(({ keys, text }) => (
            <div key={text} className="contents">
              <dt className="flex gap-1">
                {keys.map((key) => (
                  <kbd key={key} className={kbd}>
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-6 text-right">
          <button type="submit" className={outlineButton}>
            {t('close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
