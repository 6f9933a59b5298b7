import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the preview-image fonts live (a subset of Noto Sans CJK SC, OFL; see its README). */
export const OG_FONT_DIR = path.join(process.cwd(), 'assets', 'fonts');

export const OG_FONT_FAMILY = 'Noto Sans CJK SC';

export const OG_FONTS = [
  { file: 'NotoSansCJKsc-Regular.subset.otf', source: 'NotoSansCJK-Regular.ttc', weight: 400 },
  { file: 'NotoSansCJKsc-Bold.subset.otf', source: 'NotoSansCJK-Bold.ttc', weight: 700 },
] as const;

interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

let loaded: Promise<OgFont[]> | undefined;

/** The fonts in the shape next/og's ImageResponse takes, read once. */
export function loadOgFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    OG_FONTS.map(async (font) => {
      const bytes = await readFile(path.join(OG_FONT_DIR, font.file));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name: OG_FONT_FAMILY, data, weight: font.weight, style: 'normal' as const };
    }),
  );
  return loaded;
}
