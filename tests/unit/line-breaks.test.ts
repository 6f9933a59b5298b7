import { describe, expect, it } from 'vitest';
import { annotateLines } from '@/lib/annotated-lines';
import { gluePunctuationToMentions, type LinePiece } from '@/lib/reader/line-breaks';

/** A piece as the reader sees it: mentions in [brackets], with what is glued to them. */
const show = (pieces: LinePiece[]) =>
  pieces
    .map((piece) => (piece.type === 'text' ? piece.text : `[${piece.before}${piece.mention.text}${piece.after}]`))
    .join('|');

async function piecesOf(text: string) {
  const { lines } = await annotateLines([text]);
  return gluePunctuationToMentions(lines[0]!);
}

describe('gluePunctuationToMentions', () => {
  it('keeps brackets and closing punctuation on the line of the mention they belong to', async () => {
    expect(show(await piecesOf("Er kommt aus Xi'an (西安)."))).toBe("Er kommt aus |[Xi'an]| |[(西安).]");
    expect(show(await piecesOf('Gründer: 雷军, dann 小米。'))).toBe('Gründer: |[雷军,]| dann |[小米。]');
    expect(show(await piecesOf('„小米“ und 《雷军》'))).toBe('[„小米“]| und |[《雷军》]');
  });

  it('splits punctuation between two mentions: the closing one to the first, the opening one to the second', async () => {
    expect(show(await piecesOf('(雷军)(小米)'))).toBe('[(雷军)]|[(小米)]');
    expect(show(await piecesOf('雷军小米'))).toBe('[雷军]|[小米]');
  });

  it('leaves text without mentions, and spaced punctuation, as it is; joined, the pieces are the line', async () => {
    expect(show(await piecesOf('Keine Namen (hier).'))).toBe('Keine Namen (hier).');
    const text = 'Xiaomi ( 小米 ) , Lei Jun – (雷军)!? Ende';
    expect(show(await piecesOf(text))).toBe('[Xiaomi]| ( |[小米]| ) , |[Lei Jun]| – |[(雷军)!?]| Ende');
    const joined = (await piecesOf(text))
      .map((piece) => (piece.type === 'text' ? piece.text : piece.before + piece.mention.text + piece.after))
      .join('');
    expect(joined).toBe(text);
  });
});
