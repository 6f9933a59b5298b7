'use client';

import { useSyncExternalStore } from 'react';
import { withoutPrint } from '@/lib/share/link';
import { outlineButton } from '../button-styles';

const noSubscription = () => () => {};
const readerHref = () => `${window.location.pathname}${withoutPrint(window.location.search)}`;

/** Shown on screen in the worksheet view only (`?print=1`): print it, or go back to the reader. */
export function PrintBar({ print, backToReader }: { print: string; backToReader: string }) {
  const back = useSyncExternalStore(noSubscription, readerHref, () => '?');
  return (
    <div className="print-bar mb-6 flex-wrap items-center gap-3 text-sm">
      <button type="button" className={outlineButton} onClick={() => window.print()}>
        {print}
      </button>
      <a className={outlineButton} href={back}>
        {backToReader}
      </a>
    </div>
  );
}
