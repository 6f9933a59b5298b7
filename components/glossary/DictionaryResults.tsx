'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { DictionaryHit, DictionarySearchResult } from '@/lib/dictionary';
import { EnglishText } from './EnglishText';

export interface DictionaryResultsLabels {
  heading: string;
  hint: string;
  noResults: string;
  next: string;
  previous: string;
}

const DEBOUNCE_MS = 200;

function pageHref(query: string, offset: number): string {
  const params = new URLSearchParams({ q: query });
  if (offset > 0) params.set('offset', String(offset));
  return `/glossary?${params.toString()}#dictionary-results`;
}

function Hit({ hit }: { hit: DictionaryHit }) {
  return (
    <li className="py-2" data-dictionary-hit={hit.word}>
      <Link href={`/glossary/${encodeURIComponent(hit.word)}`} className="underline-offset-4 hover:underline">
        <span className="text-xl" lang="zh-Hans">
          {hit.word}
        </span>{' '}
        <span className="text-stone-700 dark:text-stone-300">{hit.pinyin}</span>
      </Link>{' '}
      <EnglishText text={hit.gloss} className="block text-sm" />
    </li>
  );
}

/**
 * The whole dictionary's results for the glossary search, below the site's own terms. Rendered on
 * the server for ?q= (works without JavaScript, with links to further pages); with JavaScript they
 * follow the search box as you type, from GET /api/dictionary/search.
 */
export function DictionaryResults({
  query,
  offset,
  pageSize,
  initial,
  labels,
}: {
  query: string;
  offset: number;
  pageSize: number;
  initial: DictionarySearchResult | null;
  labels: DictionaryResultsLabels;
}) {
  const [state, setState] = useState({ query, offset, result: initial });
  const t = useTranslations('Glossary');

  useEffect(() => {
    let timer: number | undefined;
    let controller: AbortController | undefined;
    const follow = (input: HTMLInputElement) => {
      window.clearTimeout(timer);
      controller?.abort();
      const q = input.value.trim();
      if (!q) {
        setState({ query: '', offset: 0, result: null });
        return;
      }
      timer = window.setTimeout(() => {
        controller = new AbortController();
        const params = new URLSearchParams({ q, limit: String(pageSize) });
        fetch(`/api/dictionary/search?${params.toString()}`, { signal: controller.signal })
          .then((response) =>
            response.ok
              ? (response.json() as Promise<DictionarySearchResult>)
              : Promise.reject(new Error(`HTTP ${response.status}`)),
          )
          .then(
            (result) => setState({ query: q, offset: 0, result }),
            () => undefined, // aborted by the next keystroke, or failed: the results shown stay
          );
      }, DEBOUNCE_MS);
    };
    const onInput = (event: Event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.id === 'glossary-q') follow(input);
    };
    document.addEventListener('input', onInput);
    // Typed before this listener was there (the search box is usable while the page still loads,
    // e.g. on a slow phone): follow what the box holds now, or its results would never come.
    const box = document.getElementById('glossary-q');
    if (box instanceof HTMLInputElement && box.value.trim() !== query.trim()) follow(box);
    return () => {
      window.clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('input', onInput);
    };
  }, [pageSize, query]);

  const { result } = state;
  return (
    <section aria-labelledby="dictionary-results" className="mt-10" data-dictionary-results>
      <h2 id="dictionary-results" className="text-xl font-semibold">
        {labels.heading}
      </h2>
      {/* Always there, so that changes are announced; the glossary's own count is the page's role=status. */}
      <p
        aria-live="polite"
        className="mt-2 text-sm text-stone-700 dark:text-stone-300"
        data-dictionary-count={result ? '' : undefined}
      >
        {!result
          ? labels.hint
          : result.total === 0
            ? labels.noResults
            : t('dictionaryResultCount', {
                from: state.offset + 1,
                to: state.offset + result.hits.length,
                total: result.total,
              })}
      </p>
      {result && result.hits.length > 0 && (
        <ol className="mt-2 divide-y divide-stone-200 dark:divide-stone-800" start={state.offset + 1}>
          {result.hits.map((hit) => (
            <Hit key={hit.word} hit={hit} />
          ))}
        </ol>
      )}
      {result && (
        <p className="mt-3 flex gap-4">
          {state.offset > 0 && (
            <Link
              href={pageHref(state.query, Math.max(0, state.offset - pageSize))}
              className="underline underline-offset-2"
            >
              {labels.previous}
            </Link>
          )}
          {state.offset + result.hits.length < result.total && (
            <Link href={pageHref(state.query, state.offset + pageSize)} className="underline underline-offset-2">
              {labels.next}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
