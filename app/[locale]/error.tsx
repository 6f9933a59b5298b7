'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { primaryButton } from '@/components/button-styles';

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('description')}</p>
      <button type="button" onClick={reset} className={`${primaryButton} mt-6`}>
        {t('retry')}
      </button>
    </div>
  );
}
