'use client';

import { useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { isTypingTarget, shortcutAction, stepAround } from '@/lib/reader/shortcuts';
import { pickChineseVoice, speakChinese } from '@/lib/speech/chinese-voice';
import { showDictionary, type PopoverDictionaryLabels } from './popover-dictionary';
import { openShortcutHelp, runShortcut } from './reader-shortcuts';
import { revealVoiceHelp } from '../speech/reveal-voice-help';

/** The VoiceHelp that ReaderLayout renders after the text; the popovers link to it. */
export const VOICE_HELP_ID = 'voice-help';
/** The popovers' note that there is no voice, moved into the open one. */
const NO_VOICE_ID = 'play-unavailable';

export type { PopoverDictionaryLabels } from './popover-dictionary';

const MARGIN = 8;

function triggerOf(term: HTMLElement) {
  return term.querySelector<HTMLElement>(':scope > .term-trigger');
}

const ACTIONS = ':is(.term-pop-actions > :is(button, a), .term-pop-voice a)';

/** The open popover's actions (play, save, glossary, dictionary) that are shown. */
function actionsOf(term: HTMLElement) {
  return [...term.querySelectorAll<HTMLElement>(`:scope > .term-pop ${ACTIONS}`)].filter((action) => !action.hidden);
}

/**
 * One tab stop per mention: the popover's actions leave the tab order and are reached with the
 * arrow keys once the popover is entered (Enter, Down or the open shortcut on the word). Tab from
 * there goes on to the next word. Without JavaScript they stay in the tab order. The popover
 * itself is a tab stop only while it is open and scrolls (see place), and is then entered first,
 * so that the arrow keys scroll it.
 */
function takeActionsOutOfTabOrder() {
  for (const action of document.querySelectorAll<HTMLElement>(`.term-pop, .term-pop ${ACTIONS}`)) action.tabIndex = -1;
}

const popOf = (term: HTMLElement) => term.querySelector<HTMLElement>(':scope > .term-pop');

/** The shared popover's labels that name its word, formatted in the browser once the word is known. */
interface WordLabels {
  play: (word: string) => string;
  save: (word: string) => string;
}

/**
 * A compact mention (CompactMention) has no popover of its own: the page's shared one
 * (SharedTermPopover) is filled from the term's glossary row and moved next to the word.
 */
function fillSharedPopover(term: HTMLElement, labels: WordLabels) {
  if (term.querySelector(':scope > .term-pop')) return;
  const pop = document.getElementById('term-pop');
  const id = term.dataset.termId ?? '';
  const trigger = triggerOf(term);
  // What describes the word: its term's glossary row, or its own description when this occurrence was corrected alone (CompactMention).
  const description = document.getElementById(trigger?.getAttribute('aria-describedby') ?? `glossary-desc-${id}`);
  if (!pop || !description || !trigger) return;
  const part = (root: Element, selector: string) => root.querySelector<HTMLElement>(selector);
  const isAlias = trigger.classList.contains('term-alias');
  const written = isAlias ? id : [...trigger.querySelectorAll('ruby > span')].map((char) => char.textContent).join('');
  const pinyin = part(description, '.glossary-pinyin');
  const meaning = part(description, '.glossary-meaning');

  part(pop, '.term-pop-alias')!.textContent = isAlias ? `${trigger.textContent} ${pop.dataset.standsFor} ` : '';
  const hanzi = part(pop, '.term-pop-hanzi')!;
  hanzi.textContent = written || id;
  hanzi.lang = (!isAlias && trigger.querySelector('[lang]')?.getAttribute('lang')) || 'zh-Hans';
  part(pop, '.term-pop-pinyin')!.replaceChildren(
    ...[...(pinyin?.childNodes ?? [])].map((node) => node.cloneNode(true)),
  );
  part(pop, '.term-pop-kind')!.textContent = part(description, '.glossary-kind')?.textContent ?? '';
  const meaningOut = part(pop, '.term-pop-meaning')!;
  meaningOut.textContent = meaning?.textContent ?? '';
  meaningOut.style.display = meaning ? '' : 'none';
  if (meaning?.lang) meaningOut.lang = meaning.lang;
  else meaningOut.removeAttribute('lang');

  const play = part(pop, '.term-play');
  if (play) {
    play.dataset.speak = id;
    play.setAttribute('aria-label', labels.play(id));
  }
  const save = part(pop, '[data-save]');
  if (save) {
    Object.assign(save.dataset, {
      saveHanzi: id,
      savePinyin: pinyin?.textContent ?? '',
      saveMeaning: meaning?.textContent ?? '',
    });
    if (meaning?.lang) save.dataset.saveMeaningLang = meaning.lang;
    else delete save.dataset.saveMeaningLang;
    save.setAttribute('aria-label', labels.save(id));
  }
  part(pop, '.term-glossary-link')?.setAttribute('href', `#glossary-${id}`);
  term.append(pop);
  trigger.setAttribute('aria-controls', 'term-pop');
  // SavedWordToggles shows whether this word is saved.
  document.dispatchEvent(new Event('reader:popover-filled'));
}

/** Places the popover below its word (above when there is no room), inside the viewport. */
function place(term: HTMLElement, scrollToFit = false) {
  const pop = term.querySelector<HTMLElement>(':scope > .term-pop');
  const trigger = triggerOf(term);
  if (!pop || !trigger) return;
  pop.style.left = '0px';
  pop.style.maxHeight = '';
  pop.classList.remove('term-pop-above');
  const t = trigger.getBoundingClientRect();
  const anchor = term.getBoundingClientRect();
  const p = pop.getBoundingClientRect();
  // clientHeight, not innerHeight: on a phone a popover that sticks out to the right while it is
  // measured widens the layout viewport, and innerHeight grows with it.
  const below = document.documentElement.clientHeight - t.bottom - MARGIN;
  const above = t.top - MARGIN;
  // Opened from the keyboard, a popover too tall for either side gets room by scrolling its word
  // up the screen: a popover that scrolls would be one more tab stop.
  const shift = t.top - 2 * MARGIN;
  if (scrollToFit && p.height > Math.max(below, above) && shift > 0 && p.height <= below + shift) {
    window.scrollBy({ top: shift, behavior: 'instant' });
    return place(term);
  }
  const isAbove = p.height > below && (p.height <= above || above > below);
  if (isAbove) pop.classList.add('term-pop-above');
  // Taller than the room on either side (every reading of a word, on a phone): it scrolls.
  const room = Math.floor(isAbove ? above : below);
  if (p.height > room) pop.style.maxHeight = `${Math.max(room, 0)}px`;
  // A popover that scrolls is a tab stop while it is open (after its word), so the keyboard can scroll it.
  pop.tabIndex = p.height > room ? 0 : -1;
  const viewport = document.documentElement.clientWidth;
  const left = Math.max(MARGIN, Math.min(t.left, viewport - p.width - MARGIN));
  pop.style.left = `${left - anchor.left}px`;
}

/**
 * Behaviour of the server-rendered annotations: one popover at a time, opened by mouse hover,
 * keyboard focus or a tap, closed by Escape (focus goes back to the word), a tap elsewhere or
 * leaving it; and the "play" buttons (speech synthesis with a zh-CN voice, no network).
 */
export function ReaderInteractions({
  playUnavailable,
  voiceHowTo,
  dictionary,
}: {
  playUnavailable: string;
  voiceHowTo: string;
  dictionary: PopoverDictionaryLabels;
}) {
  // Known once the voices are: whether the play buttons can speak.
  const canSpeak = useRef<boolean | undefined>(undefined);
  const t = useTranslations('Reader');
  const tSaved = useTranslations('Saved');

  useEffect(() => {
    const wordLabels: WordLabels = {
      play: (word) => t('playLabel', { term: word }),
      save: (word) => tSaved('saveLabel', { term: word }),
    };
    const dictionaryLabels = { ...dictionary, pageLabel: (word: string) => t('dictionaryPageLabel', { term: word }) };
    let open: HTMLElement | null = null;
    let last: HTMLElement | null = null;
    // Whether the open popover was opened from the keyboard (see place).
    let byKeyboard = false;
    let closeTimer: number | undefined;
    let refocusing = false;
    takeActionsOutOfTabOrder();

    const show = (term: HTMLElement, fromKeyboard = false) => {
      window.clearTimeout(closeTimer);
      if (open === term) return;
      hide();
      open = last = term;
      byKeyboard = fromKeyboard;
      fillSharedPopover(term, wordLabels);
      term.dataset.open = 'true';
      triggerOf(term)?.setAttribute('aria-expanded', 'true');
      // Every reading of the word, fetched on opening (the page carries no dictionary data). It
      // changes the popover's content ("loading…" in place of the last word's readings) before it
      // is measured, and places it again when the readings arrive.
      showDictionary(term, dictionaryLabels, () => open === term && place(term, byKeyboard));
      // Without a voice, the open popover says so as text (a tooltip never shows on a touch screen)
      // and links to how to get one, after the text.
      const note = document.getElementById(NO_VOICE_ID);
      const actions = popOf(term)?.querySelector(':scope > .term-pop-actions');
      if (note && actions && canSpeak.current === false) {
        actions.after(note);
        note.hidden = false;
      }
      place(term, byKeyboard);
    };
    const hide = () => {
      window.clearTimeout(closeTimer);
      if (!open) return;
      delete open.dataset.open;
      triggerOf(open)?.setAttribute('aria-expanded', 'false');
      const pop = popOf(open);
      if (pop) pop.tabIndex = -1;
      open = null;
    };
    const termAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('.term') : null;
    const enter = (term: HTMLElement) => {
      show(term, true);
      const pop = popOf(term);
      if (pop && pop.scrollHeight > pop.clientHeight) pop.focus();
      else actionsOf(term)[0]?.focus();
    };
    const shortcuts = { current: () => open ?? termAt(document.activeElement) ?? last, enter, show };

    const onPointerOver = (e: PointerEvent) => {
      const term = termAt(e.target);
      if (term && e.pointerType === 'mouse') show(term);
    };
    const onPointerOut = (e: PointerEvent) => {
      const term = termAt(e.target);
      if (!term || term !== open || e.pointerType !== 'mouse' || term.contains(e.relatedTarget as Node | null)) return;
      if (term.contains(document.activeElement)) return;
      closeTimer = window.setTimeout(hide, 200);
    };
    const onFocusIn = (e: FocusEvent) => {
      const term = termAt(e.target);
      // A tap focuses the word too: only keyboard focus (focus-visible) counts as from the keyboard.
      if (term && !refocusing) show(term, e.target instanceof Element && e.target.matches(':focus-visible'));
      else if (!term) hide();
    };
    const onPointerDown = (e: PointerEvent) => {
      if (open && !open.contains(e.target as Node)) hide();
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const trigger = target?.closest<HTMLElement>('.term-trigger');
      const term = trigger && termAt(trigger);
      // A tap on a touch screen opens; Enter or Space (a click without a pointer) goes into the popover.
      if (term) (e.detail === 0 ? enter : show)(term);
      if (target?.closest('[data-shortcuts-open]')) openShortcutHelp();
      const play = target?.closest<HTMLElement>('.term-play');
      if (play) speak(play);
      // The link to the glossary row: the reader moves on there, and focusing the row (the
      // browser scrolls to it) closes the popover through onFocusIn.
      const glossaryLink = target?.closest<HTMLAnchorElement>('.term-pop a[href^="#"]');
      if (glossaryLink)
        document.getElementById(decodeURIComponent(glossaryLink.hash.slice(1)))?.focus({ preventScroll: true });
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        const trigger = triggerOf(open);
        hide();
        refocusing = true;
        trigger?.focus();
        refocusing = false;
        return;
      }
      const target = e.target instanceof HTMLElement ? e.target : null;
      const term = termAt(target);
      if (term && !e.altKey && !e.ctrlKey && !e.metaKey && moveInPopover(term, target!, e.key)) {
        e.preventDefault();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      const action = shortcutAction({
        key: e.key,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        typing: isTypingTarget(target),
      });
      if (action && runShortcut(action, shortcuts)) e.preventDefault();
    };
    /** Arrow keys: from the word into its popover, and from action to action round the popover. */
    const moveInPopover = (term: HTMLElement, from: HTMLElement, key: string) => {
      const actions = actionsOf(term);
      const at = actions.indexOf(from);
      if (from === triggerOf(term)) {
        if (key !== 'ArrowDown') return false;
        enter(term);
        return true;
      }
      // From a scrolling popover itself, Up and Down scroll; the sides go to the actions.
      if (from === popOf(term) && (key === 'ArrowRight' || key === 'ArrowLeft')) {
        actions[key === 'ArrowRight' ? 0 : actions.length - 1]?.focus();
        return true;
      }
      if (at < 0) return false;
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[key] as 1 | -1 | undefined;
      const index =
        key === 'Home' ? 0 : key === 'End' ? actions.length - 1 : step ? stepAround(at, step, actions.length) : -1;
      actions[index]?.focus();
      return index >= 0;
    };
    const onResize = () => open && place(open);

    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('resize', onResize);
    // A link to a place in the text (#mention-N: the review's "see it in the text", a shared link):
    // that word, open, also when it was focused before this listened.
    const linked = /^#mention-\d+$/.test(window.location.hash)
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    if (linked?.classList.contains('term-trigger')) linked.focus();
    const focused = termAt(document.activeElement);
    if (focused) show(focused);
    return () => {
      hide();
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('resize', onResize);
    };
  }, [dictionary, t, tSaved]);

  useEffect(() => {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    const update = () => {
      const available = !!synth && !!pickChineseVoice(synth.getVoices());
      canSpeak.current = available;
      const help = document.getElementById(VOICE_HELP_ID);
      if (help && !available) revealVoiceHelp(help);
      else help?.setAttribute('hidden', '');
      if (available) document.getElementById(NO_VOICE_ID)?.setAttribute('hidden', '');
      for (const button of document.querySelectorAll<HTMLButtonElement>('.term-play')) {
        if (available) {
          button.removeAttribute('aria-disabled');
          button.removeAttribute('aria-describedby');
          button.title = button.dataset.title ?? '';
        } else {
          button.dataset.title ??= button.title;
          button.setAttribute('aria-disabled', 'true');
          button.setAttribute('aria-describedby', NO_VOICE_ID);
          button.title = playUnavailable;
        }
      }
    };
    update();
    synth?.addEventListener('voiceschanged', update);
    return () => synth?.removeEventListener('voiceschanged', update);
  }, [playUnavailable]);

  return (
    <span id={NO_VOICE_ID} className="term-pop-voice mt-2 block" hidden>
      {playUnavailable}{' '}
      <a
        href={`#${VOICE_HELP_ID}`}
        tabIndex={-1}
        className="inline-flex min-h-6 items-center underline underline-offset-2"
      >
        {voiceHowTo}
      </a>
    </span>
  );
}

function speak(button: HTMLElement) {
  if (button.getAttribute('aria-disabled') === 'true' || !('speechSynthesis' in window)) return;
  const voice = pickChineseVoice(window.speechSynthesis.getVoices());
  const text = button.dataset.speak;
  if (voice && text) speakChinese(text, voice);
}
