/**
 * Review cards of the saved words (lib/saved-words), scheduled with FSRS (ts-fsrs), kept in
 * localStorage like the saved words: no account. Each saved word gets two cards: hanzi → pinyin
 * and meaning ("recognize") and meaning → hanzi ("recall"), and a third where the browser has a
 * Chinese voice: the spoken word → hanzi and meaning ("listen"). Client-safe.
 */
import { z } from 'zod';
import { writeStored } from '../browser-storage';
import { parseSavedWords, type SavedWord } from '../saved-words/store';
import { CARD_KINDS, offeredKinds, REVIEW_CHANGED, REVIEW_KEY, type CardKind } from './keys';

export { CARD_KINDS, offeredKinds, REVIEW_KEY, type CardKind } from './keys';
/** As many as saved words can make (2000 words × 3 kinds). */
export const MAX_CARDS = 6000;

const isoDate = z.iso.datetime({ offset: true });

/** One card's FSRS memory state, as stored (ts-fsrs's Card with dates as ISO strings). */
const ReviewCardSchema = z.object({
  hanzi: z.string().min(1).max(32),
  kind: z.enum(CARD_KINDS),
  due: isoDate,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  elapsedDays: z.number().finite().min(0),
  scheduledDays: z.number().finite().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3),
  lastReview: isoDate.optional(),
});

export type ReviewCard = z.infer<typeof ReviewCardSchema>;

const ReviewStateSchema = z.object({
  version: z.literal(1),
  cards: z.array(ReviewCardSchema).max(MAX_CARDS),
});

export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const EMPTY_STATE: ReviewState = { version: 1, cards: [] };

export const cardKey = (card: Pick<ReviewCard, 'hanzi' | 'kind'>) => `${card.kind}:${card.hanzi}`;

/** The stored state; empty when nothing or something invalid is stored (never an error). */
export function parseReviewState(raw: string | null): ReviewState {
  try {
    const parsed = ReviewStateSchema.safeParse(JSON.parse(raw ?? 'null'));
    return parsed.success ? parsed.data : EMPTY_STATE;
  } catch {
    return EMPTY_STATE;
  }
}

/**
 * Cards for what is saved now: new cards (due now) of each of `kinds` for new words, none for
 * removed words; order kept (cards of other kinds too).
 */
export function syncCards(
  state: ReviewState,
  savedHanzi: readonly string[],
  now: Date,
  kinds: readonly CardKind[] = offeredKinds(false),
): ReviewState {
  const saved = new Set(savedHanzi);
  const cards = state.cards.filter((card) => saved.has(card.hanzi));
  const have = new Set(cards.map(cardKey));
  for (const hanzi of savedHanzi) {
    for (const kind of kinds) {
      if (have.has(cardKey({ hanzi, kind }))) continue;
      cards.push({
        hanzi,
        kind,
        due: now.toISOString(),
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
      });
    }
  }
  return { version: 1, cards: cards.slice(0, MAX_CARDS) };
}

/** Due cards of `kinds`, most overdue first (new cards in the order the words were saved). */
export function dueCards(
  state: ReviewState,
  now: Date,
  kinds: readonly CardKind[] = offeredKinds(false),
): ReviewCard[] {
  const t = now.getTime();
  return state.cards
    .filter((card) => kinds.includes(card.kind) && Date.parse(card.due) <= t)
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

/** The next time a card of `kinds` is due after `now`, or null when there are no such cards. */
export function nextDue(state: ReviewState, now: Date, kinds: readonly CardKind[] = offeredKinds(false)): Date | null {
  const later = state.cards
    .filter((card) => kinds.includes(card.kind))
    .map((card) => Date.parse(card.due))
    .filter((t) => t > now.getTime());
  return later.length > 0 ? new Date(Math.min(...later)) : null;
}

type ImportResult =
  { ok: true; state: ReviewState; words: SavedWord[] } | { ok: false; reason: 'not-json' | 'not-review-state' };

/** The file a learner takes to another browser: the cards and the saved words they are made of. */
export function exportReviewFile(state: ReviewState, words: readonly SavedWord[]): string {
  return JSON.stringify({ ...state, words }, null, 1);
}

/**
 * A file as exportReviewFile writes it, validated whole: a bad file (not JSON, a card or a word
 * that does not check out) is refused and changes nothing.
 */
export function importReviewFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = ReviewStateSchema.safeParse(data);
  const rawWords = data && typeof data === 'object' && 'words' in data ? data.words : undefined;
  if (!parsed.success || !Array.isArray(rawWords)) return { ok: false, reason: 'not-review-state' };
  const words = parseSavedWords(JSON.stringify({ words: rawWords }));
  if (words.length !== rawWords.length) return { ok: false, reason: 'not-review-state' };
  return { ok: true, state: { version: 1, cards: parsed.data.cards }, words };
}

export function serializeReviewState(state: ReviewState): string {
  return JSON.stringify(state);
}

/** False when the progress could not be stored (no localStorage, privacy settings, full quota): never throws. */
export function writeReviewState(storage: Pick<Storage, 'setItem'> | null | undefined, state: ReviewState): boolean {
  return writeStored(storage, REVIEW_KEY, serializeReviewState(state), REVIEW_CHANGED);
}
