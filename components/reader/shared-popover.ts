import {
  DATA,
  GLOSSARY,
  glossaryDescriptionId,
  glossaryRowId,
  POPOVER,
  READER_EVENT,
  READER_ID,
  SAVE_DATA,
  SELECTOR,
  SHARED_POPOVER_DATA as SHARED,
  TERM,
} from '@/lib/reader/dom-contract';
import { popOf, triggerOf } from './term-parts';

/** The shared popover's labels that name its word, formatted in the browser once the word is known. */
export interface WordLabels {
  play: (word: string) => string;
  save: (word: string) => string;
}

/**
 * A compact mention (CompactMention) has no popover of its own: the page's shared one
 * (SharedTermPopover) is filled from the term's glossary row and moved next to the word.
 */
export function fillSharedPopover(term: HTMLElement, labels: WordLabels): void {
  if (popOf(term)) return;
  const pop = document.getElementById(READER_ID.sharedPopover);
  const id = term.getAttribute(DATA.termId) ?? '';
  const trigger = triggerOf(term);
  // What describes the word: its term's glossary row, or its own description when this occurrence was corrected alone (CompactMention).
  const description = document.getElementById(trigger?.getAttribute('aria-describedby') ?? glossaryDescriptionId(id));
  if (!pop || !description || !trigger) return;
  const part = (root: Element, className: string) => root.querySelector<HTMLElement>(`.${className}`);
  const isAlias = trigger.classList.contains(TERM.alias);
  const written = isAlias ? id : [...trigger.querySelectorAll('ruby > span')].map((char) => char.textContent).join('');
  const pinyin = part(description, GLOSSARY.pinyin);
  const meaning = part(description, GLOSSARY.meaning);

  part(pop, POPOVER.alias)!.textContent = isAlias
    ? `${trigger.textContent} ${pop.getAttribute(SHARED.standsFor)} `
    : '';
  const hanzi = part(pop, POPOVER.hanzi)!;
  hanzi.textContent = written || id;
  hanzi.lang = (!isAlias && trigger.querySelector('[lang]')?.getAttribute('lang')) || 'zh-Hans';
  part(pop, POPOVER.pinyin)!.replaceChildren(...[...(pinyin?.childNodes ?? [])].map((node) => node.cloneNode(true)));
  part(pop, POPOVER.kind)!.textContent = part(description, GLOSSARY.kind)?.textContent ?? '';
  const meaningOut = part(pop, POPOVER.meaning)!;
  meaningOut.textContent = meaning?.textContent ?? '';
  meaningOut.style.display = meaning ? '' : 'none';
  if (meaning?.lang) meaningOut.lang = meaning.lang;
  else meaningOut.removeAttribute('lang');

  const play = part(pop, POPOVER.play);
  if (play) {
    play.setAttribute(DATA.speak, id);
    play.setAttribute('aria-label', labels.play(id));
  }
  const save = pop.querySelector(SELECTOR.save);
  if (save) {
    save.setAttribute(SAVE_DATA.hanzi, id);
    save.setAttribute(SAVE_DATA.pinyin, pinyin?.textContent ?? '');
    save.setAttribute(SAVE_DATA.meaning, meaning?.textContent ?? '');
    if (meaning?.lang) save.setAttribute(SAVE_DATA.meaningLang, meaning.lang);
    else save.removeAttribute(SAVE_DATA.meaningLang);
    save.setAttribute('aria-label', labels.save(id));
  }
  part(pop, POPOVER.glossaryLink)?.setAttribute('href', `#${glossaryRowId(id)}`);
  term.append(pop);
  trigger.setAttribute('aria-controls', READER_ID.sharedPopover);
  document.dispatchEvent(new Event(READER_EVENT.popoverFilled));
}
