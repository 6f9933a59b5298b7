import { describe, expect, it } from 'vitest';
import {
  dueCards,
  EMPTY_STATE,
  exportReviewFile,
  importReviewFile,
  nextDue,
  offeredKinds,
  parseReviewState,
  REVIEW_KEY,
  serializeReviewState,
  syncCards,
  writeReviewState,
} from '@/lib/review/cards';
import { dueCount } from '@/lib/review/due-count';
import { gradeCard, previewDue } from '@/lib/review/schedule';
import { SAVED_WORDS_KEY } from '@/lib/saved-words/store';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('review cards', () => {
  it('gives every saved word a recognition and a recall card, due now, and drops removed words', () => {
    const state = syncCards(EMPTY_STATE, ['银行', '雷军'], NOW);
    expect(state.cards.map((c) => `${c.kind}:${c.hanzi}:${c.due}`)).toEqual([
      'recognize:银行:2026-12-03T10:00:00.000Z',
      'recall:银行:2026-12-03T10:00:00.000Z',
      'recognize:雷军:2026-12-03T10:00:00.000Z',
      'recall:雷军:2026-12-03T10:00:00.000Z',
    ]);
    expect(syncCards(state, ['雷军'], minutes(5)).cards.map((c) => c.hanzi)).toEqual(['雷军', '雷军']);
  });

  it('schedules with FSRS: a new card answered Good comes back in 10 minutes, then in days', () => {
    const [card] = syncCards(EMPTY_STATE, ['银行'], NOW).cards;
    const once = gradeCard(card!, 'good', NOW);
    expect(once.due).toBe('2026-12-03T10:10:00.000Z');
    expect(once).toMatchObject({ reps: 1, state: 1, lastReview: NOW.toISOString() });
    const twice = gradeCard(once, 'good', minutes(10));
    expect(twice.state).toBe(2);
    expect(Date.parse(twice.due) - minutes(10).getTime()).toBeGreaterThanOrEqual(24 * 3600_000);
    const preview = previewDue(card!, NOW);
    expect(preview.again.getTime()).toBeLessThan(preview.good.getTime());
    expect(preview.good.getTime()).toBeLessThan(preview.easy.getTime());
  });

  it('lists due cards most overdue first and says when the next one is due', () => {
    let state = syncCards(EMPTY_STATE, ['银行'], NOW);
    state = { ...state, cards: state.cards.map((c) => (c.kind === 'recall' ? gradeCard(c, 'good', NOW) : c)) };
    expect(dueCards(state, NOW).map((c) => c.kind)).toEqual(['recognize']);
    expect(nextDue(state, NOW)?.toISOString()).toBe('2026-12-03T10:10:00.000Z');
    expect(dueCards(state, minutes(11)).map((c) => c.kind)).toEqual(['recognize', 'recall']);
  });

  it('reads back what it stores, and refuses a bad import whole', () => {
    const state = syncCards(EMPTY_STATE, ['银行'], NOW);
    const words = [{ hanzi: '银行', pinyin: 'yín háng', meaning: 'Bank', sentence: '', savedAt: NOW.toISOString() }];
    expect(parseReviewState(serializeReviewState(state))).toEqual(state);
    expect(parseReviewState('{"version":1,"cards":[{"hanzi":"x"}]}')).toEqual(EMPTY_STATE);
    expect(importReviewFile(exportReviewFile(state, words))).toEqual({ ok: true, state, words });
    expect(importReviewFile('no')).toEqual({ ok: false, reason: 'not-json' });
    expect(importReviewFile('{"version":2,"cards":[],"words":[]}')).toEqual({ ok: false, reason: 'not-review-state' });
    expect(importReviewFile(serializeReviewState(state))).toEqual({ ok: false, reason: 'not-review-state' });
    const broken = JSON.stringify({ ...state, cards: [{ ...state.cards[0], due: 'tomorrow' }], words });
    expect(importReviewFile(broken)).toEqual({ ok: false, reason: 'not-review-state' });
    expect(importReviewFile(JSON.stringify({ ...state, words: [...words, { hanzi: 'not hanzi' }] }))).toEqual({
      ok: false,
      reason: 'not-review-state',
    });
  });

  it('counts due reviews for the header, new words included', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null };
    expect(dueCount(storage, NOW)).toBe(0);
    store.set(SAVED_WORDS_KEY, JSON.stringify({ version: 1, words: [{ hanzi: '银行' }, { hanzi: '雷军' }] }));
    expect(dueCount(storage, NOW)).toBe(4);
    const state = syncCards(EMPTY_STATE, ['银行', '雷军'], NOW);
    store.set(
      'hanzi-reader:review',
      serializeReviewState({
        ...state,
        cards: state.cards.map((c) => (c.hanzi === '银行' ? gradeCard(c, 'good', NOW) : c)),
      }),
    );
    expect(dueCount(storage, NOW)).toBe(2);
    store.set('hanzi-reader:review', 'garbage');
    expect(dueCount(storage, NOW)).toBe(4);
  });
});

describe('listening cards', () => {
  it('are made only where the browser can speak (offered kinds), and keep their progress without a voice', () => {
    expect(offeredKinds(true)).toEqual(['recognize', 'recall', 'listen']);
    expect(offeredKinds(false)).toEqual(['recognize', 'recall']);
    const withVoice = syncCards(EMPTY_STATE, ['雷军'], NOW, offeredKinds(true));
    expect(withVoice.cards.map((c) => c.kind)).toEqual(['recognize', 'recall', 'listen']);
    expect(dueCards(withVoice, NOW, offeredKinds(true)).map((c) => c.kind)).toEqual(['recognize', 'recall', 'listen']);
    // Without a voice: the listening card is not due and not counted, but stays in the state.
    const withoutVoice = syncCards(withVoice, ['雷军'], minutes(1), offeredKinds(false));
    expect(withoutVoice.cards.map((c) => c.kind)).toEqual(['recognize', 'recall', 'listen']);
    expect(dueCards(withoutVoice, NOW, offeredKinds(false)).map((c) => c.kind)).toEqual(['recognize', 'recall']);
    const listened = {
      ...withVoice,
      cards: withVoice.cards.map((c) => (c.kind === 'listen' ? gradeCard(c, 'good', NOW) : gradeCard(c, 'easy', NOW))),
    };
    expect(nextDue(listened, NOW, offeredKinds(true))?.toISOString()).toBe('2026-12-03T10:10:00.000Z');
    expect(nextDue(listened, NOW, offeredKinds(false))!.getTime()).toBeGreaterThan(minutes(10).getTime());
  });

  it('count in the header only where offered', () => {
    const store = new Map<string, string>([
      [SAVED_WORDS_KEY, JSON.stringify({ version: 1, words: [{ hanzi: '银行' }, { hanzi: '雷军' }] })],
    ]);
    const storage = { getItem: (k: string) => store.get(k) ?? null };
    expect(dueCount(storage, NOW, offeredKinds(true))).toBe(6);
    expect(dueCount(storage, NOW, offeredKinds(false))).toBe(4);
    store.set(
      'hanzi-reader:review',
      serializeReviewState(syncCards(EMPTY_STATE, ['银行', '雷军'], NOW, offeredKinds(true))),
    );
    expect(dueCount(storage, NOW, offeredKinds(false))).toBe(4);
    expect(dueCount(storage, NOW, offeredKinds(true))).toBe(6);
  });
});

describe('storing the review progress', () => {
  it('writes what parses back, and says false where storage refuses or is missing', () => {
    const data = new Map<string, string>();
    const state = syncCards(EMPTY_STATE, ['银行'], NOW, offeredKinds(false));
    expect(writeReviewState({ setItem: (key, value) => void data.set(key, value) }, state)).toBe(true);
    expect(parseReviewState(data.get(REVIEW_KEY) ?? null)).toEqual(state);
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeReviewState(full, state)).toBe(false);
    expect(writeReviewState(null, state)).toBe(false);
  });
});
