/**
 * Where a line may not break around a mention. A mention is an inline-block (its popover sits
 * just outside the box), and browsers allow a break before and after such a box even where the
 * text would not allow one, so "(西安)" could end a line with "(西安" and start the next with ")".
 * Punctuation that opens right before a mention and punctuation that closes right after it go
 * with the mention.
 */
import type { AnnotatedLine, NumberedMention } from '../annotated-lines';

const OPENING_AT_END = /[\p{Ps}\p{Pi}„]+$/u;
const CLOSING_AT_START = /^[\p{Pe}\p{Pf}“‘.,;:!?…。，、；：！？]+/u;

export type LinePiece =
  { type: 'text'; text: string } | { type: 'mention'; before: string; mention: NumberedMention; after: string };

/** The line as text and mentions, each mention with the punctuation that must stay on its line. Joined, the same text. */
export function gluePunctuationToMentions(line: AnnotatedLine): LinePiece[] {
  const pieces: LinePiece[] = [];
  let pendingText = '';
  for (const segment of line) {
    if (segment.type === 'plain') {
      const last = pieces.at(-1);
      let text = segment.text;
      if (!pendingText && last?.type === 'mention' && !last.after) {
        last.after = CLOSING_AT_START.exec(text)?.[0] ?? '';
        text = text.slice(last.after.length);
      }
      pendingText += text;
      continue;
    }
    const before = OPENING_AT_END.exec(pendingText)?.[0] ?? '';
    const text = pendingText.slice(0, pendingText.length - before.length);
    if (text) pieces.push({ type: 'text', text });
    pieces.push({ type: 'mention', before, mention: segment, after: '' });
    pendingText = '';
  }
  if (pendingText) pieces.push({ type: 'text', text: pendingText });
  return pieces;
}
