import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { PNG } from 'pngjs';
import { createElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ArticlePreviewImage, PREVIEW_SIZE, previewTerms } from '@/components/share/ArticlePreviewImage';
import type { TermSummary } from '@/lib/annotate/types';
import { getArticle } from '@/lib/articles';
import { annotateArticle } from '@/lib/articles/annotated';
import { cardWidth, keyTerms, termsThatFit } from '@/lib/share/key-terms';
import { requiredOgCharacters } from '@/lib/share/og-characters';
import { loadOgFonts, OG_FONT_DIR, OG_FONT_FAMILY, OG_FONTS } from '@/lib/share/og-fonts';

async function render(element: ReactElement, size: { width: number; height: number }) {
  const response = new ImageResponse(element, { ...size, fonts: await loadOgFonts() });
  return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
}

/** One character, large, black on white, in the shipped font. */
function glyph(char: string) {
  return render(
    createElement(
      'div',
      {
        style: {
          display: 'flex',
          width: '100%',
          height: '100%',
          background: '#fff',
          color: '#000',
          fontSize: 96,
          fontFamily: OG_FONT_FAMILY,
        },
      },
      char,
    ),
    { width: 120, height: 120 },
  );
}

function inkMask(png: PNG): boolean[] {
  const mask: boolean[] = [];
  for (let i = 0; i < png.data.length; i += 4) mask.push(png.data[i]! < 128);
  return mask;
}

const term = (simplified: string, pinyin: string, count: number): TermSummary =>
  ({
    id: simplified,
    simplified,
    pinyin,
    count,
    syllables: [],
    kind: 'person',
    meanings: {},
    source: 'glossary',
    aliases: [],
  }) as TermSummary;

describe('preview image fonts', () => {
  it('ship a subset under 1 MB with its licence', () => {
    const bytes = OG_FONTS.reduce((sum, font) => sum + statSync(path.join(OG_FONT_DIR, font.file)).size, 0);
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(readFileSync(path.join(OG_FONT_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('cover every character an article preview can show', async () => {
    const shipped = new Set(readFileSync(path.join(OG_FONT_DIR, 'characters.txt'), 'utf8'));
    const missing = [...(await requiredOgCharacters())].filter((char) => !shipped.has(char));
    expect(missing, 'run npm run build:og-fonts').toEqual([]);
  });

  it('draw hanzi as their own glyphs, not as boxes', async () => {
    const [lei, jun, mi] = await Promise.all([glyph('雷'), glyph('军'), glyph('米')]);
    const masks = [lei, jun, mi].map(inkMask);
    for (const mask of masks) expect(mask.filter(Boolean).length).toBeGreaterThan(500);
    // A missing glyph renders as the same box (or nothing) every time; real glyphs differ.
    const differing = (a: boolean[], b: boolean[]) => a.filter((ink, i) => ink !== b[i]).length;
    expect(differing(masks[0]!, masks[1]!)).toBeGreaterThan(500);
    expect(differing(masks[1]!, masks[2]!)).toBeGreaterThan(500);
  });
});

describe('article preview image', () => {
  it('is 1200 × 630 and shows the most mentioned names first', async () => {
    const article = getArticle('xiaomi-2018')!;
    const terms = previewTerms((await annotateArticle(article)).terms);
    expect(terms.map((t) => t.simplified)).toEqual(['小米', '雷军', '新浪', '中国']);
    const png = await render(
      createElement(ArticlePreviewImage, { siteName: '汉字阅读器', title: article.title, terms }),
      PREVIEW_SIZE,
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('keeps the cards that fit in one row', () => {
    const metrics = { hanziWidth: 72, pinyinCharWidth: 20, cardPadding: 60, gap: 28 };
    const terms = [term('比亚迪', 'bǐ yà dí', 9), term('王传福', 'wáng chuán fú', 3), term('深圳', 'shēn zhèn', 3)];
    expect(cardWidth(terms[1]!, metrics)).toBe(13 * 20 + 60);
    expect(termsThatFit(terms, 650, metrics).map((t) => t.id)).toEqual(['比亚迪', '王传福']);
    expect(termsThatFit(terms, 100, metrics).map((t) => t.id)).toEqual(['比亚迪']);
    expect(keyTerms(terms, 2).map((t) => t.id)).toEqual(['比亚迪', '王传福']);
  });
});
