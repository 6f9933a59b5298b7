'use client';

import { useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Display } from '@/lib/reader/display-options';
import { buildShareLink, withPrint } from '@/lib/share/link';
import { useReaderSettings } from '../reader/useReaderSettings';
import { outlineButton } from '../button-styles';

export interface SharePanelLabels {
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  share: string;
  neutralLocale: string;
  neutralLocaleHint: string;
  focusTerm: string;
  noTerm: string;
  focusTermHint: string;
  qrAlt: string;
  qrOpen: string;
  printWorksheet: string;
  worksheetView: string;
}

interface Props {
  /** Locale-free path of the page, e.g. "/articles/xiaomi-2018". */
  path: string;
  locale: string;
  /** The configured site origin: what the link shows before the browser knows its own. */
  siteOrigin: string;
  /** `mention`: index of the term's first mention on the page. */
  terms: { id: string; label: string; mention?: number }[];
  labels: SharePanelLabels;
  /** How the page is written (from its URL, rendered by the server). */
  display: Display;
}

const noSubscription = () => () => {};
const canShareNatively = () => typeof navigator.share === 'function';
const browserOrigin = () => window.location.origin;

/** Link with settings and focused term, copy / native share, QR code, worksheet: everything a teacher hands out. */
export function SharePanelControls({ path, locale, siteOrigin, terms, labels, display }: Props) {
  const id = useId();
  const [term, setTerm] = useState('');
  const [neutral, setNeutral] = useState(false);
  const [copyResult, setCopyResult] = useState<{ link: string; ok: boolean } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // The link follows the reader settings live; the server knows only the configured origin.
  const settings = useReaderSettings();
  const origin = useSyncExternalStore(noSubscription, browserOrigin, () => siteOrigin);
  const canShare = useSyncExternalStore(noSubscription, canShareNatively, () => false);

  const termMention = terms.find((t) => t.id === term)?.mention;
  const link = buildShareLink({ origin, locale: neutral ? null : locale, path, settings, display, term, termMention });
  const qrSrc = `/api/qr?url=${encodeURIComponent(link)}`;
  const status = copyResult?.link === link ? (copyResult.ok ? labels.copied : labels.copyFailed) : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyResult({ link, ok: true });
    } catch {
      // No clipboard (insecure context, permission refused): leave the link selected for Ctrl+C.
      field.current?.select();
      setCopyResult({ link, ok: false });
    }
  };
  const share = () => {
    navigator.share({ title: document.title, url: link }).catch(() => {
      // Dismissed by the user, or refused: nothing to report.
    });
  };

  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto]">
      <div className="min-w-0 space-y-3">
        <label className="block">
          <span className="block font-medium">{labels.linkLabel}</span>
          <input
            ref={field}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        <div className="js-only flex flex-wrap items-center gap-2">
          <button type="button" className={outlineButton} onClick={copy}>
            {labels.copy}
          </button>
          {canShare && (
            <button type="button" className={outlineButton} onClick={share}>
              {labels.share}
            </button>
          )}
          <p role="status" className="text-stone-700 dark:text-stone-300">
            {status}
          </p>
        </div>
        <div className="js-only space-y-3">
          <div>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-6 shrink-0"
                checked={neutral}
                onChange={(e) => setNeutral(e.target.checked)}
                aria-describedby={`${id}-neutral`}
              />
              <span>{labels.neutralLocale}</span>
            </label>
            <p id={`${id}-neutral`} className="text-stone-600 dark:text-stone-400">
              {labels.neutralLocaleHint}
            </p>
          </div>
          <div>
            <label className="flex flex-wrap items-center gap-2">
              <span>{labels.focusTerm}</span>
              <select
                value={term}
                onChange={(e) => setTerm(e.target.value)}
                aria-describedby={`${id}-term`}
                className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
              >
                <option value="">{labels.noTerm}</option>
                {terms.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
            </label>
            <p id={`${id}-term`} className="text-stone-600 dark:text-stone-400">
              {labels.focusTermHint}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={outlineButton} onClick={() => window.print()}>
              {labels.printWorksheet}
            </button>
            {/* A full page load, not a client navigation: the worksheet switch is read before first paint. */}
            <a className={outlineButton} href={withPrint(new URL(link).search)}>
              {labels.worksheetView}
            </a>
          </div>
        </div>
      </div>
      <figure className="justify-self-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- a same-origin SVG from our route; next/image adds nothing for it. */}
        <img
          src={qrSrc}
          alt={labels.qrAlt}
          width={176}
          height={176}
          loading="lazy"
          className="share-qr block bg-white"
        />
        <figcaption className="mt-1">
          <a href={qrSrc} target="_blank" rel="noopener" className="inline-block py-1 underline">
            {labels.qrOpen}
          </a>
        </figcaption>
      </figure>
    </div>
  );
}
