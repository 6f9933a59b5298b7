import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing, type AppLocale } from './routing';

/**
 * The locale segment of a page or route below app/[locale], typed. The proxy sends only known
 * locales there and the [locale] layout answers 404 for any other, so pages need no fallback of
 * their own: this narrows the type, and answers the same 404 where the layout does not run
 * (a route handler, metadata rendered before the layout).
 */
export function pageLocale(segment: string): AppLocale {
  if (!hasLocale(routing.locales, segment)) notFound();
  return segment;
}

/**
 * The locale a form sent back (the hidden field its page wrote). A server action runs outside
 * the layout's guarantee, and a changed field only costs its sender the default language.
 */
export function formLocale(value: string): AppLocale {
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
