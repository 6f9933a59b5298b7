import type { Annotated } from '../../lib/annotate';

/** An annotation as one line to compare: plain text as is, terms as [text:pinyin], aliases as {text>termId}. */
export function renderAnnotated(result: Annotated): string {
  return result.segments
    .map((s) =>
      s.type === 'plain' ? s.text : s.type === 'term' ? `[${s.text}:${s.pinyin}]` : `{${s.text}>${s.termId}}`,
    )
    .join('');
}
