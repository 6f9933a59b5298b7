import { getLexicon, type Locale, type TermSegment } from '../annotate';
import type { RenderSegment } from '../annotated-lines';
import { documentLines, lineText, segmentAt } from './apply-corrections';
import { MAX_CORRECTIONS, MAX_MEANING_CHARS, type Correction, type WordAnchor } from './correction-types';
import { VERSION_CONFLICT, textError, type Result, type TextError } from './errors';
import { countChars } from './limits';
import type { Requester } from './rate-limits';
import { correctedTermId, MAX_OVERRIDES, parseReadingInput, tooManyOverrides } from './readings';
import { reviseText, type TextContent } from './revise';
import { changeOwnedText, writeRevision } from './service';
import type { TextPageView } from './reading-view';
import type { TextRecord, TextStore } from './types';
import { anchorAt } from './word-anchor';
import { dictionaryReadings } from './word-lookup';

/** The word a form was opened for: the version it was shown in, and where it stood then. */
export interface WordTarget {
  version: number;
  /** Line of the document (the title first, if any). */
  line: number;
  /** Start in the line, UTF-16 code units. */
  start: number;
  /** Its characters. */
  text: string;
}

export type WordChange =
  /** `reading` as typed (tone marks, numbers, or toneless if the dictionary has one reading so written); else `choice`, one of the dictionary's readings (numbered). */
  | { kind: 'correct'; reading: string; choice: string; meaning: string; scope: 'one' | 'all'; locale: Locale }
  /** Cut after `at` characters. */
  | { kind: 'split'; at: number }
  /** Joined with the word after it. */
  | { kind: 'merge' };

const error = (
  code: TextError['code'],
  message: string,
  field?: TextError['field'],
  status: TextError['status'] = 400,
): TextError => ({ status, code, message, ...(field ? { field } : {}) });

/** The readings a form offers for a word: the dictionary's, the one it has now first among them. */
export async function readingChoices(simplified: string) {
  return dictionaryReadings(await getLexicon(), simplified);
}

/** A reading as typed, or the one chosen; null when neither changes the word's reading. */
async function resolveReading(word: TermSegment, typed: string, choice: string): Promise<Result<string | null>> {
  const choices = await readingChoices(word.simplified);
  if (typed.trim() === '') {
    const chosen = choices.find((reading) => reading.numbered === choice);
    return { ok: true, value: chosen && chosen.marked !== word.pinyin ? chosen.numbered : null };
  }
  const parsed = parseReadingInput(word.text, typed);
  if (parsed.ok) return { ok: true, value: parsed.value.pinyin };
  // Toneless ("hai"): the dictionary's reading so written, if it has exactly one.
  const toneless = typed.trim().toLowerCase().replace(/\s+/g, '');
  const matching = choices.filter((reading) => reading.numbered.replace(/[\d\s]/g, '') === toneless);
  if (matching.length === 1) return { ok: true, value: matching[0]!.numbered };
  if (matching.length > 1) {
    return textError(
      error(
        'ambiguous_reading',
        `"${typed.trim()}" is written without tones and could be ${matching.map((r) => r.marked).join(', ')}: choose one.`,
        'reading',
      ),
    );
  }
  return parsed;
}

const sameAnchor = (a: WordAnchor, b: WordAnchor) =>
  a.text === b.text && a.sentence === b.sentence && a.offset === b.offset && a.near === b.near;

/** `corrections` with `added` in place of the earlier correction of the same kind at the same word (or the same term and language). */
function replacing(corrections: readonly Correction[], added: Correction): Correction[] {
  const replaces = (old: Correction) =>
    old.kind === added.kind &&
    (old.kind === 'term-meaning' && added.kind === 'term-meaning'
      ? old.term === added.term && old.locale === added.locale
      : 'anchor' in old && 'anchor' in added && sameAnchor(old.anchor, added.anchor));
  return [...corrections.filter((old) => !replaces(old)), added];
}

/** The content with the change, and the correction that must take effect (null for a reading of every occurrence, checked otherwise). */
async function planWordChange(
  text: TextRecord,
  word: TermSegment,
  next: TermSegment | undefined,
  anchor: (length: number) => WordAnchor,
  change: WordChange,
): Promise<
  Result<{
    content: TextContent;
    added: Correction | null;
    allReading: { hanzi: string; pinyin: string } | null;
  } | null>
> {
  const content: TextContent = {
    title: text.title,
    body: text.body,
    overrides: { ...text.overrides },
    corrections: [...text.corrections],
  };
  if (change.kind === 'split') {
    const length = countChars(word.text);
    if (!Number.isInteger(change.at) || change.at < 1 || change.at >= length)
      return textError(error('invalid_split', 'Choose where to cut the word: between two of its characters.', 'split'));
    const added: Correction = {
      kind: 'split',
      anchor: anchor(word.text.length),
      parts: [change.at, length - change.at],
    };
    return {
      ok: true,
      value: { content: { ...content, corrections: replacing(content.corrections, added) }, added, allReading: null },
    };
  }
  if (change.kind === 'merge') {
    if (next?.type !== 'term')
      return textError(error('nothing_to_merge', 'There is no word right after this one to join it with.', 'split'));
    const added: Correction = { kind: 'merge', anchor: anchor(word.text.length + next.text.length) };
    return {
      ok: true,
      value: { content: { ...content, corrections: replacing(content.corrections, added) }, added, allReading: null },
    };
  }
  const reading = await resolveReading(word, change.reading, change.choice);
  if (!reading.ok) return reading;
  const meaning = change.meaning.replace(/\s+/g, ' ').trim();
  if (countChars(meaning) > MAX_MEANING_CHARS)
    return textError(
      error('meaning_too_long', `The meaning has more than ${MAX_MEANING_CHARS} characters.`, 'meaning'),
    );
  const newMeaning = meaning !== '' && meaning !== (word.meanings[change.locale] ?? '') ? meaning : null;
  if (!reading.value && !newMeaning) return { ok: true, value: null };
  if (change.scope === 'all') {
    if (reading.value) content.overrides[word.id] = reading.value;
    if (Object.keys(content.overrides).length > MAX_OVERRIDES) return textError(tooManyOverrides);
    const added: Correction | null = newMeaning
      ? { kind: 'term-meaning', term: word.id, locale: change.locale, text: newMeaning }
      : null;
    if (added) content.corrections = replacing(content.corrections, added);
    return {
      ok: true,
      value: { content, added, allReading: reading.value ? { hanzi: word.id, pinyin: reading.value } : null },
    };
  }
  const earlier = content.corrections.find(
    (c): c is Extract<Correction, { kind: 'occurrence' }> =>
      c.kind === 'occurrence' && sameAnchor(c.anchor, anchor(word.text.length)),
  );
  const added: Correction = {
    kind: 'occurrence',
    anchor: anchor(word.text.length),
    reading: reading.value ?? earlier?.reading ?? null,
    meaning: newMeaning ? { locale: change.locale, text: newMeaning } : (earlier?.meaning ?? null),
  };
  return {
    ok: true,
    value: { content: { ...content, corrections: replacing(content.corrections, added) }, added, allReading: null },
  };
}

/**
 * Corrects, splits or merges one word, where the form saw it. A form from an older version still
 * saves when its word is still there, written the same at the same place (another tab's change
 * to another word is kept too); otherwise nothing is written and the form says so.
 */
export async function changeWord(
  store: TextStore,
  id: string,
  token: string,
  target: WordTarget,
  change: WordChange,
  requester: Requester,
): Promise<Result<TextRecord>> {
  return changeOwnedText(store, id, token, requester, async (text, count, now) => {
    const lines = documentLines(text.annotation);
    const line = lines[target.line] ?? [];
    const index = segmentAt(line, target.start);
    const word = line[index];
    if (word?.type !== 'term' || word.text !== target.text) {
      return textError(
        text.version === target.version
          ? error('word_not_found', `${target.text} is not a word of the text at this place.`)
          : VERSION_CONFLICT,
      );
    }
    const next = line[index + 1];
    const plan = await planWordChange(
      text,
      word,
      next?.type === 'term' ? next : undefined,
      (length) => anchorAt(lines.map(lineText), target, length),
      change,
    );
    if (!plan.ok) return plan;
    if (!plan.value) return { ok: true, value: text };
    const { content, added, allReading } = plan.value;
    if (content.corrections.length > MAX_CORRECTIONS)
      return textError(error('too_many_corrections', `A text can have at most ${MAX_CORRECTIONS} corrections.`));
    const allowed = await count();
    if (!allowed.ok) return allowed;
    const revised = await reviseText(content);
    if (added && !revised.corrections.some((kept) => JSON.stringify(kept) === JSON.stringify(added))) {
      return textError(
        error(
          'correction_not_applied',
          `The change of ${target.text} could not be applied.`,
          change.kind === 'correct' ? 'reading' : 'split',
        ),
      );
    }
    if (allReading) {
      const applied = correctedTermId(revised.annotation, allReading);
      if (!applied.ok) return applied;
    }
    const saved = await writeRevision(store, text, content, revised, now);
    return saved && { ok: true, value: saved };
  });
}

/**
 * Where mention number `occurrence` (reading order, title first, as the reader's `#mention-N` and
 * the API's annotation number them) stands in the text at `version`, if it is written `written`.
 * Numbers move when a word is split or joined, so only the version they were read from is asked:
 * any other → version_conflict.
 */
export function mentionTarget(
  text: TextRecord,
  version: number,
  occurrence: number,
  written: string,
): Result<WordTarget> {
  if (text.version !== version) return textError(VERSION_CONFLICT);
  for (const [line, segments] of documentLines(text.annotation).entries()) {
    let start = 0;
    for (const segment of segments) {
      if (segment.type !== 'plain' && segment.occurrence === occurrence) {
        if (segment.type === 'term' && segment.text === written)
          return { ok: true, value: { version, line, start, text: written } };
        break;
      }
      start += segment.text.length;
    }
  }
  return textError(error('word_not_found', `Mention ${occurrence} of the text is not the word ${written}.`));
}

/** What the word editor shows for mention number `occurrence`: where it is, the word, the word after it, and the dictionary's readings. */
export interface WordInEditor {
  target: WordTarget;
  occurrence: number;
  word: TermSegment;
  /** The word right after it (no punctuation between), which it can be joined with. */
  next: TermSegment | null;
  choices: Awaited<ReturnType<typeof readingChoices>>;
}

/**
 * The editor of mention number `occurrence`, if it is on the page shown (lib/texts/reading-view).
 * Page 1 starts the document, so where its words stand is read from the page alone; on a later
 * page (and for the last word of page 1's last line, whose next word may be on page 2) it takes
 * the whole document, since the forms carry the word's line and offset in it.
 */
export async function wordInEditor(
  text: TextRecord,
  occurrence: number,
  shown: Pick<TextPageView, 'page' | 'title' | 'lines'>,
): Promise<WordInEditor | null> {
  const pageLines = documentLines({ title: shown.title, paragraphs: shown.lines });
  const isIt = (segment: RenderSegment) => segment.type === 'term' && segment.occurrence === occurrence;
  const onPage = pageLines.findIndex((line) => line.some(isIt));
  if (onPage < 0) return null;
  const endsPage = onPage === pageLines.length - 1 && isIt(pageLines[onPage]!.at(-1)!);
  const lines = shown.page === 1 && !endsPage ? pageLines : documentLines(text.annotation);
  for (const [line, segments] of lines.entries()) {
    let start = 0;
    for (const [index, segment] of segments.entries()) {
      if (segment.type === 'term' && segment.occurrence === occurrence) {
        const next = segments[index + 1];
        return {
          target: { version: text.version, line, start, text: segment.text },
          occurrence,
          word: segment,
          next: next?.type === 'term' ? next : null,
          choices: await readingChoices(segment.simplified),
        };
      }
      start += segment.text.length;
    }
  }
  return null;
}
