import type { AnnotatedLine } from '@/lib/annotated-lines';

/**
 * The text as the manage page shows it: each word a link to its editor (`editHref`), with its
 * reading above it; the word being edited is marked current, corrected words are underlined.
 * Links, so that a click, Enter or a tap opens the editor, with or without JavaScript.
 */
export function WordsToCorrect({
  lines,
  editing,
  editHref,
}: {
  lines: AnnotatedLine[];
  editing: number | null;
  editHref: (occurrence: number) => string;
}) {
  return (
    <div lang="zh-Hans" className="mt-4 grid gap-3 text-xl leading-[2.6]">
      {lines.map((line, index) => (
        <p key={index}>
          {line.map((segment, at) =>
            segment.type === 'term' ? (
              <a
                key={at}
                id={`word-${segment.occurrence}`}
                href={editHref(segment.occurrence)}
                aria-current={segment.occurrence === editing ? 'true' : undefined}
                className={`rounded px-0.5 no-underline hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-stone-900 aria-[current]:bg-amber-200 dark:hover:bg-amber-900 dark:focus-visible:outline-stone-100 dark:aria-[current]:bg-amber-800 ${segment.source === 'text' ? 'underline decoration-dotted underline-offset-8' : ''}`}
              >
                <ruby>
                  {segment.text}
                  <rt className="text-xs">{segment.pinyin}</rt>
                </ruby>
              </a>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
