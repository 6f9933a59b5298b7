import { expect, it } from 'vitest';
import { documentLines, lineText } from '@/lib/texts/apply-corrections';
import { textPageView } from '@/lib/texts/reading-view';
import type { TextRecord } from '@/lib/texts/types';
import { editBody, undoLastChange } from '@/lib/texts/text-versions';
import { changeWord, wordInEditor, type WordChange } from '@/lib/texts/word-edits';
import { textServiceHelpers } from '../support/text-service';
import { describeEachBackend } from '../support/text-store-backends';

const PARAGRAPH = '小明还小，他还钱不够用。还钱的事以后再说。这个项目行将结束。';

/** Each line as its words: "还[hái]" for a term, plain text as it is. */
const words = (text: TextRecord) =>
  documentLines(text.annotation).map((line) =>
    line.map((s) => (s.type === 'term' ? `${s.text}[${s.pinyin}]` : s.text)).join(' '),
  );

describeEachBackend('word edits stored in %s', (db) => {
  const { nextRequester, created, read } = textServiceHelpers(() => db, PARAGRAPH);

  /** Changes the `nth` word written `text`, as the editor opened on `seen` (the version the form showed) would. */
  async function change(id: string, token: string, seen: TextRecord, text: string, nth: number, edit: WordChange) {
    const lines = documentLines(seen.annotation);
    const occurrence = lines.flat().filter((s) => s.type === 'term' && s.text === text)[nth];
    if (!occurrence || occurrence.type === 'plain') throw new Error(`no ${text}`);
    const editor = await wordInEditor(seen, occurrence.occurrence, textPageView(seen, undefined));
    return changeWord(db.texts, id, token, editor!.target, edit, nextRequester());
  }

  const correct = (reading: string, scope: 'one' | 'all' = 'one', meaning = ''): WordChange => ({
    kind: 'correct',
    reading,
    choice: '',
    meaning,
    scope,
    locale: 'en',
  });

  it('corrects one occurrence, splits, joins, and keeps each earlier version for undo', async () => {
    const { id, token } = await created();
    const v1 = await read(id);
    expect((await change(id, token, v1, '还', 1, correct('hai2'))).ok).toBe(true);
    expect((await change(id, token, await read(id), '行将结束', 0, { kind: 'split', at: 2 })).ok).toBe(true);
    expect((await change(id, token, await read(id), '小', 0, { kind: 'merge' })).ok).toBe(true);
    const v4 = await read(id);
    expect(words(v4)).toEqual([
      '小明[xiǎo míng] 还[hái] 小[xiǎo] ， 他[tā] 还[hái] 钱[qián] 不够[bù gòu] 用[yòng] 。 还[huán] 钱[qián] 的[de] 事[shì] 以后[yǐ hòu] 再说[zài shuō] 。 这个[zhè ge] 项目[xiàng mù] 行将[xíng jiāng] 结束[jié shù] 。',
    ]);
    expect(v4.corrections.map((c) => c.kind)).toEqual(['occurrence', 'split', 'merge']);
    expect(v4.version).toBe(4);

    expect((await undoLastChange(db.texts, id, token, 4, nextRequester())).ok).toBe(true);
    const undone = await read(id);
    expect(words(undone)[0]).toContain('小[xiǎo] 明[míng]');
    expect(undone.corrections.map((c) => c.kind)).toEqual(['occurrence', 'split']);
    expect(undone.version).toBe(5);
  });

  it('a form from an older version saves if its word is still there, and is refused if not', async () => {
    const { id, token } = await created();
    const seen = await read(id);
    // Another tab corrects a word first.
    expect((await change(id, token, seen, '还', 1, correct('hái'))).ok).toBe(true);
    // This tab's correction of another word, from the version before: both are kept.
    expect((await change(id, token, seen, '项目', 0, correct('', 'all', 'the project'))).ok).toBe(true);
    const both = await read(id);
    expect(words(both)[0]).toContain('他[tā] 还[hái] 钱[qián]');
    expect(both.annotation.terms.find((t) => t.id === '项目')?.meanings.en).toBe('the project');
    // The other tab cut 行将结束; a form that saw the whole word finds it no longer there.
    expect((await change(id, token, both, '行将结束', 0, { kind: 'split', at: 2 })).ok).toBe(true);
    const stale = await change(id, token, both, '行将结束', 0, correct('xing2 jiang1 jie2 shu4'));
    expect(stale.ok ? 'ok' : `${stale.error.status} ${stale.error.code}`).toBe('409 version_conflict');
  });

  it('editing the text keeps corrections of unchanged sentences and names the others; a stale edit writes nothing', async () => {
    const { id, token } = await created();
    expect((await change(id, token, await read(id), '还', 1, correct('hai2'))).ok).toBe(true);
    expect((await change(id, token, await read(id), '行将结束', 0, { kind: 'split', at: 2 })).ok).toBe(true);
    const before = await read(id);
    const body = PARAGRAPH.replace('这个项目', '这个计划');
    const edited = await editBody(db.texts, id, token, { version: before.version, body }, nextRequester());
    expect(edited.ok && edited.value.dropped.map((c) => c.kind)).toEqual(['split']);
    const after = await read(id);
    expect(after.body).toBe(body);
    expect(words(after)[0]).toContain('他[tā] 还[hái] 钱[qián]');
    expect(after.corrections).toEqual([before.corrections[0]]);
    const stale = await editBody(db.texts, id, token, { version: before.version, body: '别的。' }, nextRequester());
    expect(stale.ok ? 'ok' : `${stale.error.status} ${stale.error.code}`).toBe('409 version_conflict');
    expect((await read(id)).version).toBe(after.version);
    expect(documentLines(after.annotation).map(lineText)).toEqual([body]);
  });

  it('opens the editor of a word on a later page of a long text where the whole document has it, and only on its own page', async () => {
    // One long paragraph of words without punctuation, cut between two words by the pages: page 2 starts inside a line.
    const long = `${'我们今天学习中文'.repeat(400)}。\n${'明天再见。\n'.repeat(50)}`;
    const { id, token } = await created({ text: long, title: '长文' });
    const text = await read(id);
    const second = textPageView(text, '2');
    expect(second.page).toBe(2);
    expect(second.continues).toBe(true);
    const mentions = second.lines.flat().filter((s) => s.type === 'term');
    const word = mentions[3]!;
    const editor = await wordInEditor(text, word.occurrence, second);
    // Where the whole document has that mention: the line (title first) and the offset in it.
    const lines = documentLines(text.annotation);
    const line = lines.findIndex((l) => l.some((s) => s.type === 'term' && s.occurrence === word.occurrence));
    const start = lineText(
      lines[line]!.slice(
        0,
        lines[line]!.findIndex((s) => s.type === 'term' && s.occurrence === word.occurrence),
      ),
    ).length;
    expect(editor?.target).toEqual({ version: text.version, line, start, text: word.text });
    expect(line).toBe(1);
    expect(start).toBeGreaterThan(900);
    // A word of page 1 is not opened on page 2 (its link carries its own page).
    expect(await wordInEditor(text, 0, second)).toBeNull();
    // Page 1's last word: its neighbour is the first word of page 2.
    const first = textPageView(text, '1');
    const last = first.lines.at(-1)!.at(-1)!;
    if (last.type !== 'term') throw new Error('page 1 should end with a word');
    expect((await wordInEditor(text, last.occurrence, first))?.next?.text).toBe(second.lines[0]![0]!.text);
    expect(second.lines[0]![0]!.type).toBe('term');
    expect(
      (await changeWord(db.texts, id, token, editor!.target, correct('', 'one', 'studied here'), nextRequester())).ok,
    ).toBe(true);
  });

  it('rejects bad input with a message per field', async () => {
    const { id, token } = await created();
    const text = await read(id);
    const outcome = async (edit: WordChange, word = '还', nth = 1) => {
      const result = await change(id, token, text, word, nth, edit);
      return result.ok ? 'ok' : `${result.error.status} ${result.error.code} ${result.error.field ?? ''}`;
    };
    expect(await outcome(correct('hai2 qian2'))).toBe('400 invalid_reading reading');
    expect(await outcome(correct('', 'one', 'x'.repeat(201)))).toBe('400 meaning_too_long meaning');
    expect(await outcome({ kind: 'split', at: 1 })).toBe('400 invalid_split split');
    expect(await outcome({ kind: 'merge' }, '用', 0)).toBe('400 nothing_to_merge split');
    expect(await outcome(correct('wei'), '还')).toBe('400 invalid_reading reading');
    expect((await undoLastChange(db.texts, id, token, 1, nextRequester())).ok ? 'ok' : 'nothing').toBe('nothing');
    expect((await read(id)).version).toBe(1);
  });
});
