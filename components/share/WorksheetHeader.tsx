'use client';

import { useSyncExternalStore } from 'react';
import type { Display } from '@/lib/reader/display-options';
import { buildShareLink } from '@/lib/share/link';
import { useReaderSettings } from '../reader/useReaderSettings';

export interface WorksheetHeaderLabels {
  name: string;
  date: string;
  /** "Read it online, with every word explained:" */
  online: string;
  qrAlt: string;
}

const noSubscription = () => () => {};
const browserOrigin = () => window.location.origin;

/**
 * The top of a printed worksheet: lines for the learner's name and the date, and the link to the
 * same view online with its QR code (the settings the teacher chose; the server's own origin
 * until the browser knows it).
 */
export function WorksheetHeader({
  path,
  locale,
  siteOrigin,
  display,
  labels,
}: {
  path: string;
  locale: string;
  siteOrigin: string;
  display: Display;
  labels: WorksheetHeaderLabels;
}) {
  const settings = useReaderSettings();
  const origin = useSyncExternalStore(noSubscription, browserOrigin, () => siteOrigin);
  const link = buildShareLink({ origin, locale, path, settings, display });
  return (
    <div className="worksheet-only worksheet-header mb-4">
      <div className="flex items-center gap-4 text-sm">
        <div className="min-w-0 flex-1 space-y-2">
          <p className="flex gap-6">
            <span className="flex flex-[2] gap-2">
              {labels.name}: <span className="worksheet-blank flex-1" />
            </span>
            <span className="flex flex-1 gap-2">
              {labels.date}: <span className="worksheet-blank flex-1" />
            </span>
          </p>
          <p className="text-xs break-all">
            {labels.online} <span className="font-mono">{link}</span>
          </p>
        </div>
        {/* Lazy: hidden on screen outside the worksheet view, so the reader does not fetch it. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own API, printed as is */}
        <img
          src={`/api/qr?url=${encodeURIComponent(link)}`}
          alt={labels.qrAlt}
          width={72}
          height={72}
          loading="lazy"
          className="share-qr shrink-0 bg-white"
        />
      </div>
    </div>
  );
}
