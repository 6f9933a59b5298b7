import { describe, expect, it } from 'vitest';
import {
  blockOnScreen,
  describePosition,
  findBlock,
  parsePosition,
  scrollToRestore,
} from '@/lib/reader/reading-position';

const boxes = (...tops: number[]) => {
  const list = tops.map((top, i) => ({ top, bottom: (tops[i + 1] ?? top + 100) - 10 }));
  return [list.length, (index: number) => list[index]!] as const;
};

describe('the block at the top of the screen', () => {
  it('is the first one reaching below the top, with its offset', () => {
    expect(blockOnScreen(...boxes(-900, -400, -30, 120))).toEqual({ block: 2, top: -30 });
  });

  it('is nothing at the top of the page', () => {
    expect(blockOnScreen(...boxes(200, 400))).toBeNull();
    expect(blockOnScreen(...boxes())).toBeNull();
  });

  it('is the last block when the reader is past the document', () => {
    expect(blockOnScreen(...boxes(-2000, -1500))).toEqual({ block: 1, top: -1500 });
  });

  it('is found in a long text with a few measurements', () => {
    const tops = Array.from({ length: 5000 }, (_, i) => i * 100 - 123_456);
    let measured = 0;
    const [count, boxOf] = boxes(...tops);
    expect(blockOnScreen(count, (i) => (measured++, boxOf(i)))).toEqual({ block: 1234, top: -56 });
    expect(measured).toBeLessThanOrEqual(16);
  });
});

describe('the reading position across a language switch', () => {
  const german = ['Xiaomi will 2018', 'Juli 2017', 'Lead', 'Absatz eins', 'Zitat', 'Absatz  zwei\n', 'Zitat'];
  // The English page has a note of its own above the document's text.
  const english = [
    'Xiaomi will 2018',
    'Juli 2017',
    'The article is in German.',
    'Lead',
    'Absatz eins',
    'Zitat',
    'Absatz zwei',
    'Zitat',
  ];
  const textOf = (texts: string[]) => (index: number) => texts[index]!;

  it('names the block by its text, so that the other page finds the same block', () => {
    const position = describePosition('/articles/x', { block: 6, top: -30 }, textOf(german));
    expect(position).toEqual({ path: '/articles/x', text: 'Zitat', nth: 1, top: -30 });
    expect(findBlock(position, english.length, textOf(english))).toBe(7);
    expect(
      findBlock(describePosition('/articles/x', { block: 5, top: 0 }, textOf(german)), english.length, textOf(english)),
    ).toBe(6);
    expect(findBlock({ ...position, text: 'Nicht da' }, english.length, textOf(english))).toBe(-1);
  });

  it('scrolls the same block back to the same offset, on the same page only', () => {
    const saved = { path: '/articles/x?ruby=off', text: 'Zitat', nth: 0, top: -30 };
    // The block is 1250 px down the new page: scroll 1280 px so it is 30 px above the top again.
    expect(scrollToRestore(saved, '/articles/x?ruby=off', 1250)).toBe(1280);
    expect(scrollToRestore(saved, '/articles/y', 1250)).toBeNull();
    expect(scrollToRestore(saved, '/articles/x?ruby=off', undefined)).toBeNull();
  });

  it('reads back only what it wrote', () => {
    expect(parsePosition('{"path":"/a","text":"Zitat","nth":2,"top":-3}')).toEqual({
      path: '/a',
      text: 'Zitat',
      nth: 2,
      top: -3,
    });
    for (const bad of [
      null,
      '',
      'nope',
      '[]',
      '{"path":"/a","text":"t","nth":-1,"top":0}',
      '{"path":"/a","text":"t","nth":1.5,"top":0}',
      '{"path":1,"text":"t","nth":1,"top":0}',
      '{"path":"/a","nth":1,"top":0}',
    ]) {
      expect(parsePosition(bad)).toBeNull();
    }
  });
});
