import type {
  GlossaryDescriptionId,
  GlossaryRowId,
  ReaderClass,
  ReaderData,
  ReaderEvent,
  ReaderId,
  ReaderSelector,
} from '@/lib/reader/dom-contract';
import { popOf, termIdOf, triggerOf } from './term-parts';

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
  const pop = document.getElementById('term-pop' satisfies ReaderId);
  const id = termIdOf(term);
  const trigger = triggerOf(term);
  // What describes the word: its term's glossary row, or its own description when this occurrence was corrected alone (CompactMention).
  const description = document.getElementById(
    trigger?.getAttribute('aria-describedby') ?? (`glossary-desc-${id}` satisfies GlossaryDescriptionId),
  );
  if (!pop || !description || !trigger) return;
  const part = (root: Element, className: ReaderClass) => root.querySelector<HTMLElement>(`.${className}`);
  const isAlias = trigger.classList.contains('term-alias' satisfies ReaderClass);
  const written = isAlias ? id : [...trigger.querySelectorAll('ruby > span')].map((char) => char.textContent).join('');
  const pinyin = part(description, 'glossary-pinyin');
  const meaning = part(description, 'glossary-meaning');

  part(pop, 'term-pop-alias')!.textContent = isAlias
    ? `${trigger.textContent} ${pop.getAttribute('data-stands-for' satisfies ReaderData)} `
    : '';
  const hanzi = part(pop, 'term-pop-hanzi')!;
  hanzi.textContent = written || id;
  hanzi.lang = (!isAlias && trigger.querySelector('[lang]')?.getAttribute('lang')) || 'zh-Hans';
  part(pop, 'term-pop-pinyin')!.replaceChildren(...[...(pinyin?.childNodes ?? [])].map((node) => node.cloneNode(true)));
  part(pop, 'term-pop-kind')!.textContent = part(description, 'glossary-kind')?.textContent ?? '';
  const meaningOut = part(pop, 'term-pop-meaning')!;
  meaningOut.textContent = meaning?.textContent ?? '';
  meaningOut.style.display = meaning ? '' : 'none';
  if (meaning?.lang) meaningOut.lang = meaning.lang;
  else meaningOut.removeAttribute('lang');

  const play = part(pop, 'term-play');
  if (play) {
    play.setAttribute('data-speak' satisfies ReaderData, id);
    play.setAttribute('aria-label', labels.play(id));
  }
  const save = pop.querySelector('[data-save]' satisfies ReaderSelector);
  if (save) {
    const set = (name: ReaderData, value: string) => save.setAttribute(name, value);
    set('data-save-hanzi', id);
    set('data-save-pinyin', pinyin?.textContent ?? '');
    set('data-save-meaning', meaning?.textContent ?? '');
    if (meaning?.lang) set('data-save-meaning-lang', meaning.lang);
    else save.removeAttribute('data-save-meaning-lang' satisfies ReaderData);
    save.setAttribute('aria-label', labels.save(id));
  }
  part(pop, 'term-glossary-link')?.setAttribute('href', `#${`glossary-${id}` satisfies GlossaryRowId}`);
  term.append(pop);
  trigger.setAttribute('aria-controls', 'term-pop' satisfies ReaderId);
  document.dispatchEvent(new Event('reader:popover-filled' satisfies ReaderEvent));
}
