import { writeFileSync } from 'node:fs';
import { toneColorCss } from '../lib/reader/tone-colors';

writeFileSync(new URL('../app/tone-colors.css', import.meta.url), toneColorCss());
console.log('wrote app/tone-colors.css');
