import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AA_NORMAL_TEXT,
  BACKGROUNDS,
  contrastRatio,
  readableOn,
  readablePalette,
  TONE_SCHEME_NAMES,
  THEME_SELECTORS,
  TONE_SCHEMES,
  toneColorCss,
} from '@/lib/reader/tone-colors';

describe('tone colors', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ee363e', '#ffffff')).toBeCloseTo(4.01, 2);
  });

  it.each(TONE_SCHEME_NAMES)('%s reaches AA on every background in light and dark mode', (scheme) => {
    for (const mode of ['light', 'dark'] as const) {
      for (const color of readablePalette(scheme, mode)) {
        for (const bg of BACKGROUNDS[mode])
          expect(contrastRatio(color, bg), `${scheme} ${mode} ${color} on ${bg}`).toBeGreaterThanOrEqual(
            AA_NORMAL_TEXT,
          );
      }
    }
  });

  it('keeps colors that are already readable and changes only those that are not', () => {
    expect(readableOn('#1510f0', BACKGROUNDS.light, 'light')).toBe('#1510f0'); // Pleco blue on white: fine
    expect(readableOn(TONE_SCHEMES.standard[0], BACKGROUNDS.light, 'light')).not.toBe(TONE_SCHEMES.standard[0]);
  });

  it('the checked-in stylesheet is the generated one', () => {
    expect(readFileSync(new URL('../../app/tone-colors.css', import.meta.url), 'utf8')).toBe(toneColorCss());
  });

  it('the page chooses its theme with the same selectors as the tone colours', () => {
    const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const dark of THEME_SELECTORS.dark.split(', ')) {
      expect(css).toContain(`${dark} *`); // the dark variant
      expect(css).toContain(`${dark},`); // color-scheme, and the variant's first part
    }
    expect(css).toContain(`:root:not(${THEME_SELECTORS.light}) *`);
    expect(css).toContain(`:root:not(${THEME_SELECTORS.light}) {`);
  });
});
