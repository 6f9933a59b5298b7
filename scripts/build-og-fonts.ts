/**
 * Builds the fonts of the article preview images (app/[locale]/articles/[slug]/opengraph-image/card/route.tsx):
 * Noto Sans CJK SC Regular and Bold from Debian's fonts-noto-cjk, subset to the characters the
 * images can show (lib/share/og-characters.ts). Re-run after adding an article or glossary terms:
 *   npm run build:og-fonts
 * Needs python3 and libharfbuzz-subset0 (Debian); the unit tests check the shipped subset still
 * covers every article.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { requiredOgCharacters } from '../lib/share/og-characters';
import { OG_FONT_DIR, OG_FONTS } from '../lib/share/og-fonts';

const SOURCE_DIR = '/usr/share/fonts/opentype/noto';
// Face 2 of Debian's collections is "Noto Sans CJK SC" (check with: fc-query -f '%{index}: %{family[0]}\n' FILE).
const SC_FACE_INDEX = 2;

const characters = await requiredOgCharacters();
const charactersFile = path.join(OG_FONT_DIR, 'characters.txt');
writeFileSync(charactersFile, `${characters}\n`);
console.log(`${charactersFile}: ${[...characters].length} characters`);

for (const font of OG_FONTS) {
  const source = path.join(SOURCE_DIR, font.source);
  const result = spawnSync(
    'python3',
    [
      path.join('scripts', 'subset-font.py'),
      source,
      String(SC_FACE_INDEX),
      charactersFile,
      path.join(OG_FONT_DIR, font.file),
    ],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
