'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ReaderClass, ReaderData, ReaderSelector } from '@/lib/reader/dom-contract';
import { stepAround } from '@/lib/reader/shortcuts';
import { matchesQuery, type TermSearchKeys } from '@/lib/reader/term-filter';
import { handleClicks } from './reader-clicks';

interface Labels {
  filter: string;
  placeholder: string;
  /** What can be typed, under the field (a placeholder is cut off on a phone and gone once typing starts). */
  hint: string;
  noMatches: string;
}

function keysOf(row: HTMLElement): TermSearchKeys {
  const d = row.dataset;
  return {
    hanzi: d.hanzi ?? '',
    marked: d.marked ?? '',
    numbered: d.numbered ?? '',
    plain: d.plain ?? '',
    text: d.text ?? '',
  };
}

/** Filter box and occurrence jumping for the server-rendered glossary list around it. */
export function GlossaryPanelControls({ labels }: { labels: Labels }) {
  const [query, setQuery] = useState('');
  const [visible, setVisible] = useState<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const t = useTranslations('Reader');

  const filter = (next: string) => {
    setQuery(next);
    const list = rootRef.current
      ?.closest('aside')
      ?.querySelector<HTMLElement>('[data-glossary-list]' satisfies ReaderSelector);
    if (!list) return;
    let shown = 0;
    for (const row of list.querySelectorAll<HTMLElement>('.glossary-row' satisfies ReaderSelector)) {
      row.hidden = !matchesQuery(keysOf(row), next);
      if (!row.hidden) shown++;
    }
    setVisible(shown);
  };

  useEffect(() => {
    const cursor = new Map<string | null, number>();
    const jump = (control: HTMLElement, event: MouseEvent) => {
      const row = control.closest<HTMLElement>('.glossary-row' satisfies ReaderSelector);
      if (!row || !rootRef.current?.closest('aside')?.contains(row)) return;
      event.preventDefault();
      const id = row.getAttribute('data-term-id' satisfies ReaderData);
      const mentions = [...document.querySelectorAll<HTMLElement>('article .term' satisfies ReaderSelector)].filter(
        (m) => m.getAttribute('data-term-id' satisfies ReaderData) === id,
      );
      if (mentions.length === 0) return;
      const index = stepAround(
        cursor.get(id) ?? -1,
        control.getAttribute('data-jump' satisfies ReaderData) === 'previous' ? -1 : 1,
        mentions.length,
      );
      cursor.set(id, index);
      document
        .querySelectorAll('.term.is-highlighted' satisfies ReaderSelector)
        .forEach((m) => m.classList.remove('is-highlighted' satisfies ReaderClass));
      const target = mentions[index]!;
      target.classList.add('is-highlighted' satisfies ReaderClass);
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
      const output = row.querySelector(`.${'glossary-position' satisfies ReaderClass}`);
      if (output) output.textContent = t('position', { current: index + 1, total: mentions.length });
    };
    return handleClicks({ jump });
  }, [t]);

  return (
    <div ref={rootRef} className="js-only mt-3">
      <label className="block text-[0.875em] font-medium" htmlFor="glossary-filter">
        {labels.filter}
      </label>
      <input
        id="glossary-filter"
        type="search"
        value={query}
        onChange={(e) => filter(e.target.value)}
        placeholder={labels.placeholder}
        aria-describedby="glossary-filter-hint"
        autoComplete="off"
        spellCheck={false}
        className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-[length:max(1rem,1em)] dark:border-stone-700 dark:bg-stone-900"
      />
      <p id="glossary-filter-hint" className="mt-1 text-[0.8125em] text-stone-600 dark:text-stone-400">
        {labels.hint}
      </p>
      {/* Always there, only its text changes: screen readers announce changes of a live region they already know. */}
      <p role="status" className="mt-2 text-[0.875em] text-stone-600 empty:mt-0 dark:text-stone-400">
        {visible === 0 && labels.noMatches}
      </p>
    </div>
  );
}
