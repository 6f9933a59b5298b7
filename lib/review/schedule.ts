/** Grading a card with FSRS (ts-fsrs): the one place that knows ts-fsrs's types. */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from './cards';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const RATING: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// No fuzz: the same answers give the same schedule (and a learner can predict it).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toFsrs(card: ReviewCard): Card {
  const base = createEmptyCard(new Date(card.due));
  return {
    ...base,
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

function fromFsrs(card: Card, of: Pick<ReviewCard, 'hanzi' | 'kind'>): ReviewCard {
  return {
    hanzi: of.hanzi,
    kind: of.kind,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** The card after answering it with `grade` at `now`. */
export function gradeCard(card: ReviewCard, grade: GradeName, now: Date): ReviewCard {
  return fromFsrs(scheduler.next(toFsrs(card), now, RATING[grade]).card, card);
}

/** When the card would be due again after each grade (shown on the grade buttons). */
export function previewDue(card: ReviewCard, now: Date): Record<GradeName, Date> {
  return Object.fromEntries(GRADES.map((grade) => [grade, new Date(gradeCard(card, grade, now).due)])) as Record<
    GradeName,
    Date
  >;
}
