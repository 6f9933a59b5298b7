import { DATA, SAVE_DATA } from '@/lib/reader/dom-contract';

/**
 * A "save" toggle for one word. Server-rendered markup only: SavedWordToggles (mounted once per
 * page) handles every such button by event delegation and sets aria-pressed from the stored list.
 * Without a `sentence`, the one around the button's reader mention is saved, with the language of
 * its text; with one, give its `lang`.
 */
export interface SaveWordData {
  hanzi: string;
  pinyin: string;
  meaning: string;
  /** Language of `meaning` (a fallback may be English or German). */
  meaningLang?: string;
  sentence?: string;
  /** Language of `sentence`. */
  lang?: string;
}

/** `label` while the word is not saved, `savedLabel` ("Gemerkt") once it is; the star changes with it. */
export function SaveWordButton({
  word,
  label,
  savedLabel,
  ariaLabel,
  className = '',
}: {
  word: SaveWordData;
  label: string;
  savedLabel: string;
  ariaLabel: string;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={`save-word js-only group ${className}`}
      aria-pressed="false"
      aria-label={ariaLabel}
      {...{
        [DATA.save]: '',
        [SAVE_DATA.hanzi]: word.hanzi,
        [SAVE_DATA.pinyin]: word.pinyin,
        [SAVE_DATA.meaning]: word.meaning,
        [SAVE_DATA.meaningLang]: word.meaningLang,
        [SAVE_DATA.sentence]: word.sentence,
        [SAVE_DATA.lang]: word.lang,
      }}
    >
      <span aria-hidden="true" className="group-aria-pressed:hidden">
        ☆
      </span>
      <span aria-hidden="true" className="hidden group-aria-pressed:inline">
        ★
      </span>{' '}
      <span className="group-aria-pressed:hidden">{label}</span>
      <span className="hidden group-aria-pressed:inline">{savedLabel}</span>
    </button>
  );
}
