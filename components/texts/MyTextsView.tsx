'use client';

import { useStoredStrings } from '../storage/useStoredStrings';
import { useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { browserStorage } from '@/lib/browser-storage';
import {
  forgetText,
  MY_TEXTS_CHANGED,
  MY_TEXTS_KEY,
  parseMyTexts,
  readMyTexts,
  writeMyTexts,
} from '@/lib/texts/my-texts';
import { outlineButton } from '../button-styles';
import { CopyLink } from './CopyLink';

export interface MyTextsLabels {
  storageUnavailable: string;
  empty: string;
  newText: string;
  listHeading: string;
  untitled: string;
  read: string;
  manage: string;
  copy: string;
  copied: string;
  copyFailed: string;
  qr: string;
  remove: string;
}

/** The texts this browser keeps the manage links of, with copy, QR code and remove. */
export function MyTextsView({ labels, locale }: { labels: MyTextsLabels; locale: string }) {
  const t = useTranslations('MyTexts');
  const stored = useStoredStrings([MY_TEXTS_KEY], [MY_TEXTS_CHANGED]);
  const texts = useMemo(
    () => (stored === null || stored === 'unavailable' ? null : parseMyTexts(stored[0] ?? null)),
    [stored],
  );
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  const remove = (id: string, title: string) => {
    const storage = browserStorage();
    if (!writeMyTexts(storage, forgetText(readMyTexts(storage), id))) {
      setAnnouncement(labels.storageUnavailable);
      return;
    }
    setAnnouncement(t('removed', { title }));
    heading.current?.focus();
  };

  return (
    <div className="mt-6">
      {stored === 'unavailable' && <p className="rounded border border-amber-400 p-3">{labels.storageUnavailable}</p>}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {texts !== null && (
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
          {labels.listHeading}
        </h2>
      )}
      {texts !== null && texts.length === 0 && (
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          {labels.empty}{' '}
          <Link href="/texts/new" className="underline underline-offset-2">
            {labels.newText}
          </Link>
        </p>
      )}
      {texts && texts.length > 0 && (
        <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800" aria-label={labels.listHeading}>
          {texts.map((text) => {
            const title = text.title || labels.untitled;
            const manageUrl = `${origin}/${locale}${text.managePath}`;
            return (
              <li key={text.id} className="my-text py-4" data-text-id={text.id}>
                <h3 className="text-lg font-semibold">
                  <Link href={`/texts/${text.id}`} className="underline underline-offset-2">
                    {title}
                  </Link>
                </h3>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {t('added', { date: date.format(new Date(text.addedAt)) })}
                </p>
                <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                  <Link href={`/texts/${text.id}`} className="underline">
                    {labels.read}
                  </Link>
                  <a href={`/${locale}${text.managePath}`} className="underline">
                    {labels.manage}
                  </a>
                </p>
                <CopyLink
                  href={manageUrl}
                  labels={{
                    field: `${labels.manage}: ${title}`,
                    copy: labels.copy,
                    copied: labels.copied,
                    copyFailed: labels.copyFailed,
                  }}
                />
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer">{labels.qr}</summary>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG of our own API, no optimisation to gain */}
                  <img
                    src={`/api/qr?url=${encodeURIComponent(manageUrl)}`}
                    alt={t('qrAlt', { title })}
                    width={200}
                    height={200}
                    className="mt-2"
                  />
                </details>
                <button
                  type="button"
                  onClick={() => remove(text.id, title)}
                  aria-label={t('removeLabel', { title })}
                  className={`${outlineButton} mt-3 text-sm`}
                >
                  {labels.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
