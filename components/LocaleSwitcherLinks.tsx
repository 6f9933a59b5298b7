'use client';

import { useEffect, useState, type MouseEvent } from 'react';
import { usePathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

interface Option {
  locale: AppLocale;
  label: string;
  lang: string;
}

/**
 * Plain links (they work without JavaScript; the server sets the locale cookie on arrival).
 * With JavaScript they also carry the current query string and hash, which a static page
 * cannot know on the server.
 */
export function LocaleSwitcherLinks({ label, current, options }: { label: string; current: AppLocale; options: Option[] }) {
  const pathname = usePathname();
  const [suffix, setSuffix] = useState('');

  useEffect(() => {
    const update = () => setSuffix(window.location.search + window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, []);

  // Settings may have changed the URL through history.replaceState, which fires no event.
  const withCurrentLocation = (event: MouseEvent<HTMLAnchorElement>) => {
    const url = new URL(event.currentTarget.href);
    url.search = window.location.search;
    url.hash = window.location.hash;
    event.currentTarget.href = url.toString();
  };

  const path = pathname === '/' ? '' : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {options.map(({ locale, label: name, lang }) => (
          <li key={locale}>
            <a
              href={`/${locale}${path}${suffix}`}
              hrefLang={lang}
              lang={lang}
              aria-current={locale === current ? 'page' : undefined}
              onClick={withCurrentLocation}
              className="rounded px-2 py-1 text-stone-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:text-stone-200 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
