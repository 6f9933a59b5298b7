import { describe, expect, it } from 'vitest';
import { getAnnotator } from '@/lib/annotate';
import { applyCorrections, documentLines, lineText } from '@/lib/texts/apply-corrections';
import { annotateText } from '@/lib/texts/annotation';
import type { Correction } from '@/lib/texts/correction-types';
import type { StoredAnnotation } from '@/lib/texts/types';
import { anchorAt, locateAnchor, sentenceRanges } from '@/lib/texts/word-anchor';

const BODY = '小明还小，他还钱不够用。\n还钱的事以后再说。这个项目行将结束。';

/** Each line as its words: "还[hái]" for a term, plain text as it is. */
function words(annotation: StoredAnnotation): string[] {
  return documentLines(annotation).map((line) =>
    line.map((s) => (s.type === 'term' ? `${s.text}[${s.pinyin}]` : s.text)).join(' '),
  );
}

/** The anchor of the `nth` (from 0) `word` in the document's lines. */
function anchorOf(annotation: StoredAnnotation, word: string, nth = 0) {
  const lines = documentLines(annotation).map(lineText);
  let seen = 0;
  for (const [line, text] of lines.entries()) {
    for (let start = text.indexOf(word); start !== -1; start = text.indexOf(word, start + 1)) {
      if (seen++ === nth) return anchorAt(lines, { line, start }, word.length);
    }
  }
  throw new Error(`no ${word} #${nth}`);
}

describe('word anchors', () => {
  it('cut a line into sentences after 。！？；, closing quotes included', () => {
    expect(sentenceRanges('他说：“好。”我走了！对吗')).toEqual([
      [0, 7],
      [7, 11],
      [11, 13],
    ]);
  });

  it('find a word again by its sentence, also after other lines changed, and not once its sentence changed', () => {
    const lines = ['标题', '小明还小，他还钱不够用。还钱的事以后再说。'];
    const anchor = anchorAt(lines, { line: 1, start: 12 }, 2);
    expect(anchor).toEqual({ text: '还钱', sentence: '还钱的事以后再说。', offset: 0, near: 15 });
    expect(locateAnchor(['新的一段。', ...lines], anchor)).toEqual({ line: 2, start: 12 });
    expect(locateAnchor(['小明还小，他还钱不够用。还钱的事明天再说。'], anchor)).toBeNull();
  });

  it('pick the nearest of equal sentences', () => {
    const lines = ['好。好。', '好。'];
    expect(locateAnchor(lines, anchorAt(lines, { line: 1, start: 0 }, 1))).toEqual({ line: 1, start: 0 });
    expect(locateAnchor(lines, anchorAt(lines, { line: 0, start: 2 }, 1))).toEqual({ line: 0, start: 2 });
  });
});

describe('applying corrections', async () => {
  const annotator = await getAnnotator();
  const engine = await annotateText('', BODY, {});

  it('starts from the engine’s reading', () => {
    expect(words(engine)).toEqual([
      '小[xiǎo] 明[míng] 还[hái] 小[xiǎo] ， 他[tā] 还[huán] 钱[qián] 不够[bù gòu] 用[yòng] 。',
      '还[huán] 钱[qián] 的[de] 事[shì] 以后[yǐ hòu] 再说[zài shuō] 。 这个[zhè ge] 项目[xiàng mù] 行将结束[xíng jiāng jié shù] 。',
    ]);
  });

  it('reads one occurrence as corrected, with the meaning of that reading, and leaves the others', () => {
    const correction: Correction = {
      kind: 'occurrence',
      anchor: anchorOf(engine, '还', 1),
      reading: 'hai2',
      meaning: null,
    };
    const { annotation, applied, dropped } = applyCorrections(engine, [correction], annotator);
    expect(words(annotation)).toEqual([
      '小[xiǎo] 明[míng] 还[hái] 小[xiǎo] ， 他[tā] 还[hái] 钱[qián] 不够[bù gòu] 用[yòng] 。',
      '还[huán] 钱[qián] 的[de] 事[shì] 以后[yǐ hòu] 再说[zài shuō] 。 这个[zhè ge] 项目[xiàng mù] 行将结束[xíng jiāng jié shù] 。',
    ]);
    const corrected = annotation.paragraphs[0]![6]!;
    expect(corrected).toMatchObject({ text: '还', pinyin: 'hái', source: 'text', occurrence: 5 });
    expect(corrected.type === 'term' && corrected.meanings.en).toMatch(/^still/);
    expect(applied).toEqual([correction]);
    expect(dropped).toEqual([]);
  });

  it('splits a word into parts read as they were in the word, and merges neighbours into one', () => {
    const corrections: Correction[] = [
      { kind: 'split', anchor: anchorOf(engine, '行将结束'), parts: [2, 2] },
      { kind: 'merge', anchor: anchorOf(engine, '小明') },
    ];
    const { annotation, applied } = applyCorrections(engine, corrections, annotator);
    expect(words(annotation)).toEqual([
      '小明[xiǎo míng] 还[hái] 小[xiǎo] ， 他[tā] 还[huán] 钱[qián] 不够[bù gòu] 用[yòng] 。',
      '还[huán] 钱[qián] 的[de] 事[shì] 以后[yǐ hòu] 再说[zài shuō] 。 这个[zhè ge] 项目[xiàng mù] 行将[xíng jiāng] 结束[jié shù] 。',
    ]);
    expect(applied).toEqual(corrections);
    expect(annotation.terms.map((t) => `${t.id} ${t.pinyin} ${t.count}`)).toEqual([
      '小明 xiǎo míng 1',
      '还 hái 3',
      '小 xiǎo 1',
      '他 tā 1',
      '钱 qián 2',
      '不够 bù gòu 1',
      '用 yòng 1',
      '的 de 1',
      '事 shì 1',
      '以后 yǐ hòu 1',
      '再说 zài shuō 1',
      '这个 zhè ge 1',
      '项目 xiàng mù 1',
      '行将 xíng jiāng 1',
      '结束 jié shù 1',
    ]);
    expect(annotation.terms.find((t) => t.id === '行将')?.meanings.en).toBe('ready to start on sth; about to act');
    // The words that were split and merged are gone, mentions are numbered again.
    expect(annotation.terms.some((t) => t.id === '行将结束' || t.id === '明')).toBe(false);
    expect(annotation.firstMention.slice(0, 3)).toEqual([
      ['小明', 0],
      ['还', 1],
      ['小', 2],
    ]);
    expect(
      documentLines(annotation)
        .flat()
        .flatMap((s) => (s.type === 'plain' ? [] : [s.occurrence])),
    ).toEqual([...Array(18).keys()]);
  });

  it('gives a term a meaning in one language at every occurrence', () => {
    const correction: Correction = { kind: 'term-meaning', term: '钱', locale: 'de', text: 'Geld' };
    const { annotation } = applyCorrections(engine, [correction], annotator);
    expect(annotation.terms.find((t) => t.id === '钱')?.meanings).toEqual({
      en: 'coin; money; unit of weight, one tenth of a tael 两 (liǎng)',
      de: 'Geld',
    });
    expect(
      documentLines(annotation)
        .flat()
        .filter((s) => s.type === 'term' && s.id === '钱')
        .map((s) => s.type === 'term' && s.meanings.de),
    ).toEqual(['Geld', 'Geld']);
  });

  it('keeps corrections of sentences left as they were when the text is edited, and lists the others', async () => {
    const corrections: Correction[] = [
      {
        kind: 'occurrence',
        anchor: anchorOf(engine, '还', 1),
        reading: 'hai2',
        meaning: { locale: 'en', text: 'still (has)' },
      },
      { kind: 'split', anchor: anchorOf(engine, '行将结束'), parts: [2, 2] },
      { kind: 'term-meaning', term: '项目', locale: 'en', text: 'project' },
    ];
    const edited = await annotateText(
      '',
      '新的一句。小明还小，他还钱不够用。\n还钱的事以后再说。这个计划行将结束。',
      {},
    );
    const { annotation, applied, dropped } = applyCorrections(edited, corrections, annotator);
    expect(words(annotation)).toEqual([
      '新[xīn] 的[de] 一句[yī jù] 。 小[xiǎo] 明[míng] 还[hái] 小[xiǎo] ， 他[tā] 还[hái] 钱[qián] 不够[bù gòu] 用[yòng] 。',
      '还[huán] 钱[qián] 的[de] 事[shì] 以后[yǐ hòu] 再说[zài shuō] 。 这个[zhè ge] 计划[jì huà] 行将结束[xíng jiāng jié shù] 。',
    ]);
    expect(applied).toEqual([corrections[0]]);
    expect(dropped).toEqual([corrections[1], corrections[2]]);
  });

  it('drops a split that is not one word and a merge across punctuation', () => {
    const corrections: Correction[] = [
      { kind: 'split', anchor: anchorOf(engine, '还钱', 0), parts: [1, 1] },
      { kind: 'merge', anchor: anchorOf(engine, '小，他') },
    ];
    const { annotation, dropped } = applyCorrections(engine, corrections, annotator);
    expect(dropped).toEqual(corrections);
    expect(annotation).toEqual(engine);
  });
});
