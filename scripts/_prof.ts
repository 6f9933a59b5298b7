import { readFileSync } from 'node:fs';
import { getAnnotator } from '../lib/annotate';
const sentences = readFileSync('scripts/bench-data/zh-sentences.txt', 'utf8').split('\n').filter(Boolean);
const clauses = sentences.flatMap((s) => s.split(/[，。、；！？]/u)).filter((c) => c.length > 0);
let seed = 7; const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const parts: string[] = [];
for (let i = 0; i < 40000; i++) parts.push(`Der Text (${clauses[Math.floor(r() * clauses.length)]}${clauses[Math.floor(r() * clauses.length)]}。)\n`);
const text = parts.join('');
const a = await getAnnotator();
for (let i = 0; i < 3; i++) { const t = performance.now(); a.annotate(text); console.log((performance.now() - t).toFixed(0), 'ms', text.length); }
