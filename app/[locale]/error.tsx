'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('description')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-stone-900 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900"
      >
        {t('retry')}
      </button>
    </div>
  );
}
