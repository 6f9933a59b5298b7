/** Names shared by the review page and the header's due count (no dependencies: every page loads the latter). */
export const CARD_KINDS = ['recognize', 'recall', 'listen'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * The kinds of card a browser is offered: listening cards ("listen": the word is spoken, the
 * learner names it) only where a Chinese voice can speak it. Cards of a kind not offered keep
 * their progress and come back with the voice.
 */
export function offeredKinds(canListen: boolean): readonly CardKind[] {
  return canListen ? CARD_KINDS : CARD_KINDS.filter((kind) => kind !== 'listen');
}
export const REVIEW_KEY = 'hanzi-reader:review';
/** Fired on the window after this page changed the review state (the storage event only reaches other tabs). */
export const REVIEW_CHANGED = 'hanzi-reader:review-changed';
