import { describe, expect, it } from 'vitest';
import { isKnownPage, type SiteContent } from '@/lib/routing/known-pages';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { articlePreview } from '@/lib/share/preview';

describe('sitemapEntries', () => {
  const entries = sitemapEntries({
    origin: 'https://reader.example',
    locales: ['de', 'en', 'zh'],
    hreflang: { de: 'de', en: 'en', zh: 'zh-Hans' },
    articles: [{ slug: 'xiaomi-2018', published: '2017-07' }],
    termPaths: ['/glossary/%E9%9B%B7%E5%86%9B'],
  });

  it('lists every page in every language: home, articles, the glossary and its terms', () => {
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://reader.example/de',
      'https://reader.example/en',
      'https://reader.example/zh',
      'https://reader.example/de/articles/xiaomi-2018',
      'https://reader.example/en/articles/xiaomi-2018',
      'https://reader.example/zh/articles/xiaomi-2018',
      'https://reader.example/de/glossary',
      'https://reader.example/en/glossary',
      'https://reader.example/zh/glossary',
      'https://reader.example/de/glossary/%E9%9B%B7%E5%86%9B',
      'https://reader.example/en/glossary/%E9%9B%B7%E5%86%9B',
      'https://reader.example/zh/glossary/%E9%9B%B7%E5%86%9B',
    ]);
    expect(entries.at(-1)!.alternates.languages['x-default']).toBe(
      'https://reader.example/glossary/%E9%9B%B7%E5%86%9B',
    );
  });

  it('gives each article its language versions and an x-default', () => {
    expect(entries[4]).toEqual({
      url: 'https://reader.example/en/articles/xiaomi-2018',
      lastModified: '2017-07',
      alternates: {
        languages: {
          de: 'https://reader.example/de/articles/xiaomi-2018',
          en: 'https://reader.example/en/articles/xiaomi-2018',
          'zh-Hans': 'https://reader.example/zh/articles/xiaomi-2018',
          'x-default': 'https://reader.example/articles/xiaomi-2018',
        },
      },
    });
    expect(entries[0]!.alternates.languages['x-default']).toBe('https://reader.example/');
  });
});

describe('articlePreview', () => {
  it('describes the article for link previews in the page language', () => {
    expect(
      articlePreview({
        locale: 'zh',
        locales: ['de', 'en', 'zh'],
        siteName: '汉字阅读器',
        title: 'Titel',
        lead: 'Vorspann',
        path: '/articles/x',
        published: '2017-07',
      }),
    ).toEqual({
      openGraph: {
        type: 'article',
        siteName: '汉字阅读器',
        title: 'Titel',
        description: 'Vorspann',
        url: '/zh/articles/x',
        locale: 'zh_CN',
        alternateLocale: ['de_DE', 'en_US'],
        publishedTime: '2017-07',
      },
      twitter: { card: 'summary_large_image', title: 'Titel', description: 'Vorspann' },
    });
  });

  it('points to the preview image below the page, with its description', () => {
    const preview = articlePreview({
      locale: 'en',
      locales: ['de', 'en', 'zh'],
      siteName: 'Hanzi Reader',
      title: 'Titel',
      lead: 'Vorspann',
      path: '/articles/x',
      published: '2017-07',
      image: { alt: 'Titel – with 小米 (xiǎo mǐ)', width: 1200, height: 630 },
    });
    const image = {
      url: '/en/articles/x/opengraph-image/card',
      type: 'image/png',
      alt: 'Titel – with 小米 (xiǎo mǐ)',
      width: 1200,
      height: 630,
    };
    expect(preview.openGraph.images).toEqual([image]);
    expect(preview.twitter.images).toEqual([image]);
  });
});

describe('preview image route', () => {
  // Other kinds of content are empty: only the article matters for these paths.
  const content: SiteContent = { articleSlugs: new Set(['xiaomi-2018']), termIds: new Set<string>() };
  it('is a known path for articles that exist', () => {
    expect(isKnownPage(['articles', 'xiaomi-2018', 'opengraph-image', 'card'], content)).toBe(true);
    expect(isKnownPage(['articles', 'nope', 'opengraph-image', 'card'], content)).toBe(false);
    expect(isKnownPage(['articles', 'xiaomi-2018', 'opengraph-image', 'other'], content)).toBe(false);
  });
});
