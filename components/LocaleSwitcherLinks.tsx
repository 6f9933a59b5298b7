'use client';

import { useEffect, useState, type MouseEvent } from 'react';
import { usePathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { belowLocale } from '@/lib/routing/below-locale';
import { useReadingPosition } from './useReadingPosition';

interface Option {
  locale: AppLocale;
  label: string;
  lang: string;
}

/**
 * Plain links (they work without JavaScript; the server sets the locale cookie on arrival).
 * With JavaScript they follow the address in the browser, query string and hash included, which
 * a static page cannot know on the server: a status page (404, 410, 403) is rendered for its own
 * route but shown at the address that failed. Without JavaScript the proxy redirects such links
 * (lib/routing/status-page-switch.ts).
 */
export function LocaleSwitcherLinks({
  label,
  current,
  options,
}: {
  label: string;
  current: AppLocale;
  options: Option[];
}) {
  const pathname = usePathname();
  const [here, setHere] = useState<string | null>(null);
  const locales = options.map((option) => option.locale).join(' ');

  const keepReadingPosition = useReadingPosition(locales);

  useEffect(() => {
    const update = () => setHere(belowLocale(window.location, locales.split(' ')));
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
    // A client-side navigation changes the pathname (and the address) without an event.
  }, [pathname, locales]);

  // Settings may have changed the URL through history.replaceState, which fires no event.
  const withCurrentLocation = (event: MouseEvent<HTMLAnchorElement>) => {
    const locale = event.currentTarget.dataset.locale;
    const target = belowLocale(window.location, locales.split(' '));
    event.currentTarget.href = `/${locale}${target}`;
    if (!window.location.hash) keepReadingPosition(target);
  };

  const path = here ?? (pathname === '/' ? '' : pathname);
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {options.map(({ locale, label: name, lang }) => (
          <li key={locale}>
            <a
              href={`/${locale}${path}`}
              data-locale={locale}
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
