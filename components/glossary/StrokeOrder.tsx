'use client';

import { useEffect, useRef, useState } from 'react';
import type HanziWriter from 'hanzi-writer';
import type { CharacterJson } from 'hanzi-writer';
import { outlineButtonDisablable } from '../button-styles';

export interface StrokeOrderLabels {
  animateText: string;
  loading: string;
  unavailable: string;
}

/** A character with its labels, formatted on the server ("Stroke order of 雷"). */
export interface StrokeOrderCharacterLabels {
  character: string;
  /** The drawing's name */
  label: string;
  /** The play button's name */
  animateLabel: string;
}

type State = 'loading' | 'ready' | 'missing';

/** Our own copy of hanzi-writer-data (app/api/stroke-data), never a CDN. */
function loadFromOurOrigin(
  character: string,
  onLoad: (data: CharacterJson) => void,
  onError: (error?: unknown) => void,
) {
  fetch(`/api/stroke-data/${encodeURIComponent(character)}`)
    .then((response) =>
      response.ok ? (response.json() as Promise<CharacterJson>) : Promise.reject(new Error(`HTTP ${response.status}`)),
    )
    .then(onLoad, onError);
}

function StrokeOrderCharacter({
  character: { character, label, animateLabel },
  labels,
}: {
  character: StrokeOrderCharacterLabels;
  labels: StrokeOrderLabels;
}) {
  const target = useRef<HTMLDivElement>(null);
  const writer = useRef<HanziWriter | null>(null);
  const [state, setState] = useState<State>('loading');

  useEffect(() => {
    const element = target.current;
    let cancelled = false;
    // Loaded on demand: only this page carries hanzi-writer.
    import('hanzi-writer').then(
      ({ default: Writer }) => {
        if (cancelled || !element) return;
        writer.current = Writer.create(element, character, {
          width: 144,
          height: 144,
          padding: 8,
          showOutline: true,
          strokeColor: '#1c1917',
          outlineColor: '#d6d3d1',
          delayBetweenStrokes: 250,
          charDataLoader: loadFromOurOrigin,
          onLoadCharDataSuccess: () => !cancelled && setState('ready'),
          onLoadCharDataError: () => !cancelled && setState('missing'),
        });
      },
      () => !cancelled && setState('missing'),
    );
    return () => {
      cancelled = true;
      writer.current = null;
      element?.replaceChildren();
    };
  }, [character]);

  return (
    <li className="flex flex-col items-center gap-2">
      <div
        ref={target}
        role="img"
        aria-label={label}
        data-stroke-order={character}
        data-state={state}
        className="flex h-36 w-36 items-center justify-center rounded border border-stone-300 bg-white text-center text-sm text-stone-700 dark:border-stone-700"
      />
      {state !== 'ready' && (
        <p className="max-w-36 text-center text-sm text-stone-600 dark:text-stone-400" role="status">
          {state === 'loading' ? labels.loading : labels.unavailable}
        </p>
      )}
      <button
        type="button"
        onClick={() => writer.current?.animateCharacter()}
        aria-label={animateLabel}
        aria-disabled={state === 'ready' ? undefined : 'true'}
        className={outlineButtonDisablable}
      >
        <span aria-hidden="true">▶</span> {labels.animateText}
      </button>
    </li>
  );
}

/** Stroke order of each character, drawn by hanzi-writer, animated on request (never on its own). */
export function StrokeOrder({
  characters,
  labels,
}: {
  characters: readonly StrokeOrderCharacterLabels[];
  labels: StrokeOrderLabels;
}) {
  return (
    <ul className="js-only mt-3 flex flex-wrap gap-6">
      {characters.map((character, index) => (
        <StrokeOrderCharacter key={`${index}-${character.character}`} character={character} labels={labels} />
      ))}
    </ul>
  );
}
