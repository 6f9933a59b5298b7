import { describe, expect, it } from 'vitest';
import { statusPageSwitchTarget } from '@/lib/routing/status-page-switch';

const LOCALES = ['de', 'en', 'zh'];
const target = (locale: string, rest: string[], referer: string | null, hosts: string[] = ['reader.example']) =>
  statusPageSwitchTarget(locale, rest, referer, hosts, LOCALES);

describe('statusPageSwitchTarget', () => {
  it('sends a language link on a status page to the address the reader was at, in that language', () => {
    expect(target('en', ['text-gone'], 'https://reader.example/de/texts/AAAAAAAAAAAAAAAAAAAAAA')).toBe(
      '/en/texts/AAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(
      target('zh', ['text-forbidden'], 'https://reader.example/en/texts/AAAAAAAAAAAAAAAAAAAAAA/manage?token=x'),
    ).toBe('/zh/texts/AAAAAAAAAAAAAAAAAAAAAA/manage?token=x');
    expect(target('en', ['page-not-found'], 'https://reader.example/de/articles/nope')).toBe('/en/articles/nope');
  });

  it('puts the locale in front of an address that had none (a wrong locale such as /fr/…)', () => {
    expect(target('en', ['page-not-found'], 'https://reader.example/fr/artikel')).toBe('/en/fr/artikel');
  });

  it('knows the public host behind a reverse proxy', () => {
    expect(target('en', ['text-gone'], 'https://reader.example/de/texts/x', ['127.0.0.1:3000', 'reader.example'])).toBe(
      '/en/texts/x',
    );
  });

  it('keeps percent-encoding as it was', () => {
    expect(target('en', ['page-not-found'], 'https://reader.example/de/glossary/%E9%9B%B7x')).toBe(
      '/en/glossary/%E9%9B%B7x',
    );
  });

  it('does nothing without a same-host Referer, for other paths, or when it would loop', () => {
    expect(target('en', ['text-gone'], null)).toBeNull();
    expect(target('en', ['text-gone'], 'not a url')).toBeNull();
    expect(target('en', ['text-gone'], 'https://evil.example/de/texts/AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(target('en', ['text-gone'], 'https://reader.example/de/texts/x', [])).toBeNull();
    expect(target('en', ['articles'], 'https://reader.example/de/articles/nope')).toBeNull();
    expect(target('en', ['text-gone', 'x'], 'https://reader.example/de/texts/x')).toBeNull();
    expect(target('en', ['page-not-found'], 'https://reader.example/de/page-not-found')).toBeNull();
  });
});
