/**
 * The reader's DOM contract: the class names, ids and data attributes through which the server's
 * markup (components/reader, components/saved), the browser code that queries it, app/globals.css
 * and the e2e specs talk to each other. Everything here is written by the server components and
 * read elsewhere, so a name is defined here and checked everywhere. The server components and the
 * e2e specs use the objects below; the browser code imports only the types at the end (ReaderClass,
 * ReaderSelector, …) and writes the names as literals of those types, so the contract costs the
 * browser no bytes and a name the contract lacks does not compile. CSS cannot import this:
 * `cssHooks()` lists what app/globals.css styles, and tests/unit/dom-contract.test.ts fails when the
 * two disagree. No dependencies.
 */

/**
 * A mention in the document. Written by TermMention and CompactMention; read by the popover code
 * (components/reader/popover-*), the shortcuts, the glossary jump, saving, FocusTerm and the CSS.
 */
export const TERM = {
  /** The mention's inline-block: trigger and popover, with data-term-id and data-hsk. */
  root: 'term',
  /** The word's button; its id is mentionId(n). */
  trigger: 'term-trigger',
  /** Trigger of a written Chinese word (with ruby). */
  hanzi: 'term-hanzi',
  /** Trigger of a Latin alias ("Lei Jun"), which stands for a Chinese word. */
  alias: 'term-alias',
  /** The mention jumped to from the glossary or a shared link: set by the browser code, styled by CSS. */
  highlighted: 'is-highlighted',
} as const;

/**
 * A popover. Written by TermMention (one per mention) and SharedTermPopover (one per page, filled
 * by components/reader/shared-popover.ts); read by the popover code and the CSS.
 */
export const POPOVER = {
  root: 'term-pop',
  /** Set by the placement (components/reader/place-popover.ts) when it opens above its word. */
  above: 'term-pop-above',
  /** Hanzi, pinyin, kind and meaning: what describes the word. */
  text: 'term-pop-text',
  alias: 'term-pop-alias',
  hanzi: 'term-pop-hanzi',
  pinyin: 'term-pop-pinyin',
  kind: 'term-pop-kind',
  meaning: 'term-pop-meaning',
  /** The row of buttons and links (play, save, glossary, dictionary) the arrow keys go round. */
  actions: 'term-pop-actions',
  /** Play button, with data-speak. */
  play: 'term-play',
  glossaryLink: 'term-glossary-link',
  /** Link to the word's glossary page; SharedTermPopover's carries data-per-word (see SHARED_POPOVER_DATA). */
  dictionaryLink: 'term-dict-link',
  /** The "no voice" note (ReaderInteractions), moved into the open popover. */
  voice: 'term-pop-voice',
  /** The dictionary part, built in the browser (components/reader/popover-dictionary.ts). */
  dictionary: 'term-pop-dict',
  dictionaryHeading: 'term-pop-dict-heading',
  dictionaryReading: 'term-pop-dict-reading',
  dictionaryPinyin: 'term-pop-dict-pinyin',
  dictionaryCharacters: 'term-pop-dict-chars',
  /** English text in another UI language, labelled "EN" by the CSS (also EnglishText on glossary pages). */
  englishMeaning: 'meaning-text',
} as const;

/** The glossary panel's rows, as scripts read them. Written by GlossaryPanel (and CompactMention's own description); read by GlossaryPanelControls, shared-popover.ts and the CSS. */
export const GLOSSARY = {
  /** One term, with data-term-id, data-hsk and the search keys (data-hanzi, …). */
  row: 'glossary-row',
  /** Kind, pinyin and meaning: copied into the shared popover. */
  kind: 'glossary-kind',
  pinyin: 'glossary-pinyin',
  meaning: 'glossary-meaning',
  /** "2 of 5", written by GlossaryPanelControls. */
  position: 'glossary-position',
} as const;

/** The glossary panel's layout, styled by the CSS only. Written by GlossaryPanel. */
export const GLOSSARY_LAYOUT = {
  /** Sets the panel's font size (the size setting); its parts are sized in em of it. */
  panel: 'glossary-panel',
  head: 'glossary-head',
  traditional: 'glossary-traditional',
  actions: 'glossary-actions',
  /** The "n occurrences" link (data-jump="next"). */
  jump: 'glossary-jump',
  steps: 'glossary-steps',
  /** The ‹ › buttons (data-jump). */
  step: 'glossary-step',
} as const;

/** The reader around the document, styled by the CSS. Written by ReaderLayout and ReaderToolbar. */
export const READER = {
  /** Carries the link's settings as data attributes when there is no JavaScript. */
  view: 'reader-view',
  /** The document text. */
  text: 'reader-text',
  /** The settings, folded on a phone. */
  settings: 'reader-settings',
} as const;

/** Data attributes. */
export const DATA = {
  /** On .term and .glossary-row: the term's id. */
  termId: 'data-term-id',
  /** On .term, .glossary-row and vocabulary rows: the word's HSK level; the CSS hides what the reader knows. */
  hsk: 'data-hsk',
  /** On the .term whose popover is open: set by the popover code, read by the CSS. */
  open: 'data-open',
  /** A save toggle (SaveWordButton); with SAVE_DATA. */
  save: 'data-save',
  /** On a play button: the text to speak. */
  speak: 'data-speak',
  /** On the glossary's jump controls: "next" or "previous". */
  jump: 'data-jump',
  /** The glossary panel's list of rows (GlossaryPanelControls filters them). */
  glossaryList: 'data-glossary-list',
  /** A button that opens the shortcut help (ReaderShortcutsHelp). */
  shortcutsOpen: 'data-shortcuts-open',
} as const;

/** The word a save toggle saves. Written by SaveWordButton (and shared-popover.ts); read by SavedWordToggles. */
export const SAVE_DATA = {
  hanzi: 'data-save-hanzi',
  pinyin: 'data-save-pinyin',
  meaning: 'data-save-meaning',
  meaningLang: 'data-save-meaning-lang',
  /** Given: the sentence to save; absent: the one around the button's mention. */
  sentence: 'data-save-sentence',
  lang: 'data-save-lang',
} as const;

/** Markers of the shared popover. Written by SharedTermPopover; read by shared-popover.ts and popover-dictionary.ts. */
export const SHARED_POPOVER_DATA = {
  /** On the popover: "stands for", between an alias and its Chinese word. */
  standsFor: 'data-stands-for',
  /** On the dictionary link: named per word in the browser (its aria-label). */
  perWord: 'data-per-word',
} as const;

/** Ids of single elements of a reader page. */
export const READER_ID = {
  /** SharedTermPopover: the page's one popover when mentions are compact. */
  sharedPopover: 'term-pop',
  /** VoiceHelp after the text (ReaderLayout); the popovers link to it. */
  voiceHelp: 'voice-help',
  /** The popovers' "no voice" note (ReaderInteractions). */
  noVoice: 'play-unavailable',
  /** The glossary panel's heading. */
  glossaryHeading: 'glossary-heading',
} as const;

/** Events on the document. */
export const READER_EVENT = {
  /** The shared popover now shows another word (its save button): shared-popover.ts → SavedWordToggles. */
  popoverFilled: 'reader:popover-filled',
} as const;

/** A mention's trigger: number n of the document in reading order (links end in #mention-n). */
export const mentionId = (occurrence: number): MentionId => `mention-${occurrence}`;
export type MentionId = `mention-${number}`;
/** The popover of an inline mention. */
export const mentionPopoverId = (occurrence: number) => `${mentionId(occurrence)}-pop`;
/** The popover text that describes an inline mention. */
export const mentionTextId = (occurrence: number) => `${mentionId(occurrence)}-desc`;
/** The description of a compact mention that reads otherwise than its term (a corrected occurrence). */
export const mentionDescriptionId = (occurrence: number) => `mention-desc-${occurrence}`;
/** A glossary row (a popover's glossary link goes there). */
export const glossaryRowId = (termId: string): GlossaryRowId => `glossary-${termId}`;
export type GlossaryRowId = `glossary-${string}`;
/** A glossary row's description, which describes every compact mention of its term. */
export const glossaryDescriptionId = (termId: string): GlossaryDescriptionId => `glossary-desc-${termId}`;
export type GlossaryDescriptionId = `glossary-desc-${string}`;

/**
 * Selectors of the names above, for the browser code and the e2e specs. Written out, so that the
 * browser code can use them as literals (see ReaderSelector); tests/unit/dom-contract.test.ts checks
 * each against the names.
 */
export const SELECTOR = {
  term: '.term',
  trigger: '.term-trigger',
  hanzi: '.term-hanzi',
  alias: '.term-alias',
  /** The mentions of the document (not of the glossary or a popover). */
  documentTerm: 'article .term',
  /** From a .term: its own trigger and popover. */
  ownTrigger: ':scope > .term-trigger',
  ownPopover: ':scope > .term-pop',
  highlighted: '.term.is-highlighted',
  popover: '.term-pop',
  /** A popover's actions that the arrow keys go round. */
  popoverActions: ':is(.term-pop-actions > :is(button, a), .term-pop-voice a)',
  /** A popover's link to a place on the page (its glossary row). */
  popoverPageLink: '.term-pop a[href^="#"]',
  play: '.term-play',
  /** The shared popover's dictionary link, named per word in the browser. */
  perWordLink: '.term-dict-link[data-per-word]',
  save: '[data-save]',
  jump: '[data-jump]',
  shortcutsOpen: '[data-shortcuts-open]',
  glossaryRow: '.glossary-row',
  glossaryList: '[data-glossary-list]',
} as const;

/** The mentions of one term (an id as written in data-term-id; quoted as a CSS string). */
export const termWithId = (termId: string) => `${SELECTOR.term}[${DATA.termId}=${JSON.stringify(termId)}]`;

type ValueOf<T> = T[keyof T];
/*
 * The browser code imports only these types: it writes the names as string literals typed by them
 * (a parameter of one of these types, or `'term-pop' satisfies ReaderClass`), so no contract object
 * ships to the browser and a name the contract lacks does not compile. ESLint keeps the browser
 * modules to `import type` from here (eslint.config.mjs).
 */
/** A class name of the contract. */
export type ReaderClass =
  | ValueOf<typeof TERM>
  | ValueOf<typeof POPOVER>
  | ValueOf<typeof GLOSSARY>
  | ValueOf<typeof GLOSSARY_LAYOUT>
  | ValueOf<typeof READER>;
/** A data attribute of the contract. */
export type ReaderData = ValueOf<typeof DATA> | ValueOf<typeof SAVE_DATA> | ValueOf<typeof SHARED_POPOVER_DATA>;
/** An id of the contract. */
export type ReaderId = ValueOf<typeof READER_ID>;
export type ReaderSelector = ValueOf<typeof SELECTOR>;
export type ReaderEvent = ValueOf<typeof READER_EVENT>;

/**
 * What app/globals.css styles (tests/unit/dom-contract.test.ts checks each appears there, and that
 * the CSS styles no other reader class). The rest of the contract is read by scripts only. A
 * function, so that the browser bundle leaves it out.
 */
export const cssHooks = () => ({
  classes: [
    TERM.root,
    TERM.trigger,
    TERM.highlighted,
    POPOVER.root,
    POPOVER.above,
    POPOVER.text,
    POPOVER.hanzi,
    POPOVER.pinyin,
    POPOVER.kind,
    POPOVER.meaning,
    POPOVER.actions,
    POPOVER.play,
    POPOVER.dictionary,
    POPOVER.dictionaryHeading,
    POPOVER.dictionaryReading,
    POPOVER.dictionaryPinyin,
    POPOVER.dictionaryCharacters,
    POPOVER.englishMeaning,
    ...Object.values(GLOSSARY),
    ...Object.values(GLOSSARY_LAYOUT),
    ...Object.values(READER),
  ],
  attributes: [DATA.hsk, DATA.open],
});
