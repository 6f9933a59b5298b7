'use client';

import { useSyncExternalStore } from 'react';
import { withoutPrint } from '@/lib/share/link';

const noSubscription = () => () => {};
const readerHref = () => `${window.location.pathname}${withoutPrint(window.location.search)}`;

/** Shown on screen in the worksheet view only (`?print=1`): print it, or go back to the reader. */
export function PrintBar({ print, backToReader }: { print: string; backToReader: string }) {
  const back = useSyncExternalStore(noSubscription, readerHref, () => '?');
  const control =
    'rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <div className="print-bar mb-6 flex-wrap items-center gap-3 text-sm">
      <button type="button" className={control} onClick={() => window.print()}>
        {print}
      </button>
      <a className={control} href={back}>
        {backToReader}
      </a>
    </div>
  );
}
