/**
 * Annotates a text file (or stdin) and prints the result.
 *   npm run -s annotate -- content/articles/xiaomi-2018.de.txt
 *   npm run -s annotate -- --format ruby < article.txt > article.html
 * Formats: json (default, the Annotated object) and ruby (HTML with <ruby> per term).
 */
import { readFileSync } from 'node:fs';
import { annotate, toRubyHtml } from '../lib/annotate';
import { ensureLexicon } from './build-lexicon';

const USAGE = 'usage: npm run -s annotate -- [--format json|ruby] [file]   (reads stdin without a file)';

interface Args {
  format: 'json' | 'ruby';
  file: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  let format: Args['format'] = 'json';
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') return USAGE;
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (value !== 'json' && value !== 'ruby') return `unknown format: ${String(value)}\n${USAGE}`;
      format = value;
    } else if (a.startsWith('-') && a !== '-') return `unknown option: ${a}\n${USAGE}`;
    else if (file !== null) return `only one file, please\n${USAGE}`;
    else file = a === '-' ? null : a;
  }
  return { format, file };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  await ensureLexicon();
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    const help = args === USAGE;
    (help ? process.stdout : process.stderr).write(`${args}\n`);
    return help ? 0 : 2;
  }
  const text = args.file === null ? await readStdin() : readFileSync(args.file, 'utf8');
  const result = await annotate(text);
  process.stdout.write(args.format === 'ruby' ? `${toRubyHtml(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`annotate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
