import type { TermSummary } from '@/lib/annotate';
import { keyTerms, termsThatFit, type CardMetrics } from '@/lib/share/key-terms';
import { OG_FONT_FAMILY } from '@/lib/share/og-fonts';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const BORDER = 24;
const PADDING_X = 72;
const HANZI_SIZE = 72;
const PINYIN_SIZE = 32;
// Pinyin in Noto Sans averages about 0.55 em per character; the padding is 28 px a side plus the border.
const CARDS: CardMetrics = {
  hanziWidth: HANZI_SIZE,
  pinyinCharWidth: PINYIN_SIZE * 0.55,
  cardPadding: 2 * 28 + 4,
  gap: 28,
};
const MAX_TERMS = 4;

/** The article's key terms that fit in one row of the preview (the image and its alt text name the same). */
export function previewTerms(terms: readonly TermSummary[]): TermSummary[] {
  return termsThatFit(keyTerms(terms, MAX_TERMS), PREVIEW_SIZE.width - BORDER - 2 * PADDING_X, CARDS);
}

/**
 * The article's link preview (next/og renders it with Satori: flex layout, inline styles only).
 * The title, then its key names (previewTerms) in hanzi with pinyin. Every character must be in the shipped font
 * subset (assets/fonts), which a unit test checks.
 */
export function ArticlePreviewImage({
  siteName,
  title,
  terms,
}: {
  siteName: string;
  title: string;
  terms: readonly TermSummary[];
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `56px ${PADDING_X}px`,
        background: '#fafaf9',
        borderLeft: `${BORDER}px solid #b91c1c`,
        color: '#1c1917',
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 30, color: '#57534e' }}>{siteName}</div>
        <div style={{ marginTop: 16, fontSize: title.length > 70 ? 50 : 60, fontWeight: 700, lineHeight: 1.2 }}>
          {title}
        </div>
      </div>
      <div style={{ display: 'flex', gap: CARDS.gap }}>
        {terms.map((term) => (
          <div
            key={term.id}
            style={{
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              padding: '16px 28px',
              borderRadius: 16,
              background: '#ffffff',
              border: '2px solid #e7e5e4',
            }}
          >
            <div style={{ fontSize: HANZI_SIZE, fontWeight: 700, lineHeight: 1.15 }}>{term.simplified}</div>
            <div style={{ fontSize: PINYIN_SIZE, color: '#b91c1c' }}>{term.pinyin}</div>
          </div>
        ))}
      </div>
    </div>
  );
}
