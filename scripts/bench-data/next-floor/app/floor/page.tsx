import { readFileSync } from 'node:fs';
import path from 'node:path';

// Prerendered at build time: the text (seed article lines, sized by bench-http.ts to make a page
// as large as the article page) is read once, like our articles.
const paragraphs = readFileSync(path.join(process.cwd(), 'floor-text.txt'), 'utf8').split('\n');

export default function FloorPage() {
  return (
    <main>
      {paragraphs.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </main>
  );
}
