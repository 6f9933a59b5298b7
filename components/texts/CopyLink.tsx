'use client';

import { useRef, useState } from 'react';
import { outlineButton } from '../button-styles';

export interface CopyLinkLabels {
  /** Accessible name of the field that shows the link. */
  field: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * A link to keep: shown in a read-only field (selected on focus) with a copy button. Where the
 * clipboard is refused, the link is left selected for Ctrl+C and the status says so.
 */
export function CopyLink({ href, labels }: { href: string; labels: CopyLinkLabels }) {
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      setStatus(labels.copied);
    } catch {
      field.current?.select();
      setStatus(labels.copyFailed);
    }
  };
  return (
    <div className="mt-2 space-y-2">
      <input
        ref={field}
        readOnly
        value={href}
        aria-label={labels.field}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-900"
      />
      <div className="js-only flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={copy} className={outlineButton}>
          {labels.copy}
        </button>
        <p role="status">{status}</p>
      </div>
    </div>
  );
}
