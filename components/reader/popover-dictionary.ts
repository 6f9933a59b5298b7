/**
 * The popover's dictionary part, in the browser: when a word's popover opens, every reading of
 * the word with its meanings and a line of its characters (银 yín silver · 行 háng row), fetched
 * from GET /api/dictionary/{word} (the dictionary stays on the server; a page carries none of it).
 * Built with textContent only. Without JavaScript the popover keeps its one reading and links to
 * the word's glossary page, which lists everything.
 */
import type { DictionaryWord } from '@/lib/dictionary';
import type { ReaderClass, ReaderSelector } from '@/lib/reader/dom-contract';
import { childOf, popOf, termIdOf } from './term-parts';

export interface PopoverDictionaryLabels {
  readings: string;
  characters: string;
  loading: string;
  failed: string;
  /** Null in the English UI: no "EN" label there. */
  /** "/de/glossary/" */
  glossaryBase: string;
}

/** Senses shown per reading; the glossary page has them all. */
const MAX_SENSES = 6;
const HAN_ONLY = /^\p{Script=Han}+$/u;

const cache = new Map<string, Promise<DictionaryWord | null>>();

function fetchWord(word: string): Promise<DictionaryWord | null> {
  let pending = cache.get(word);
  if (!pending) {
    pending = fetch(`/api/dictionary/${encodeURIComponent(word)}`).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<DictionaryWord>;
    });
    // A failure is not remembered: the next opening tries again.
    pending.catch(() => cache.delete(word));
    cache.set(word, pending);
  }
  return pending;
}

function el(tag: string, className: ReaderClass | `tone-${number}` | '', ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** English text, marked as such; the stylesheet labels it "EN" in a German or Chinese UI (see EnglishText). */
function english(text: string): Node {
  const gloss = el('span', 'meaning-text', text);
  gloss.lang = 'en';
  return gloss;
}

function pinyin(syllables: DictionaryWord['readings'][number]['syllables']): HTMLElement {
  const out = el('span', 'term-pop-dict-pinyin');
  syllables.forEach((s, i) => out.append(...(i > 0 ? [' '] : []), el('span', `tone-${s.tone}`, s.pinyin)));
  return out;
}

function render(word: DictionaryWord, labels: PopoverDictionaryLabels): Node[] {
  const out: Node[] = [el('span', 'term-pop-dict-heading', labels.readings)];
  for (const reading of word.readings) {
    const senses = reading.entries.flatMap((entry) => entry.senses);
    const line = el('span', 'term-pop-dict-reading', pinyin(reading.syllables));
    line.dataset.reading = reading.pinyin;
    if (senses.length > 0)
      line.append(english(senses.slice(0, MAX_SENSES).join('; ') + (senses.length > MAX_SENSES ? ' …' : '')));
    out.push(line);
  }
  if (word.characters.length > 0) {
    const line = el('span', 'term-pop-dict-chars', el('span', 'term-pop-dict-heading', labels.characters));
    word.characters.forEach((c, i) => {
      const hanzi = el('span', '', c.hanzi);
      hanzi.lang = 'zh';
      line.append(...(i > 0 ? [' · '] : []), hanzi, ' ', el('span', `tone-${c.tone}`, c.pinyin));
      if (c.gloss) line.append(' ', english(c.gloss));
    });
    out.push(line);
  }
  return out;
}

/**
 * Fills the open popover of `term` (a `.term` with its `.term-pop` inside) with its word's
 * dictionary entry; `placed` is called when the popover changed size.
 */
export function showDictionary(
  term: HTMLElement,
  labels: PopoverDictionaryLabels & { pageLabel: (word: string) => string },
  placed: () => void,
): void {
  const word = termIdOf(term);
  const pop = popOf(term);
  const text = pop && childOf(pop, 'term-pop-text');
  if (!pop || !text) return;
  let box = childOf(pop, 'term-pop-dict');
  // The popover is shared: a word without dictionary readings must not show the last word's.
  if (!HAN_ONLY.test(word)) return box?.remove();
  if (!box) {
    box = el('span', 'term-pop-dict');
    text.after(box);
  }
  if (box.dataset.word === word) return;
  const target = box;
  target.dataset.word = word;
  target.removeAttribute('data-state');
  target.replaceChildren(labels.loading);
  const link = pop.querySelector<HTMLAnchorElement>('.term-dict-link[data-per-word]' satisfies ReaderSelector);
  if (link) link.hidden = true;
  fetchWord(word).then(
    (entry) => {
      if (target.dataset.word !== word) return; // another word opened meanwhile
      target.replaceChildren(...(entry ? render(entry, labels) : []));
      target.dataset.state = entry ? 'ready' : 'none';
      if (entry && link) {
        link.href = `${labels.glossaryBase}${encodeURIComponent(word)}`;
        link.setAttribute('aria-label', labels.pageLabel(word));
        link.hidden = false;
      }
      placed();
    },
    () => {
      if (target.dataset.word !== word) return;
      // Tried again on the next opening.
      delete target.dataset.word;
      target.dataset.state = 'failed';
      target.replaceChildren(labels.failed);
      placed();
    },
  );
}
