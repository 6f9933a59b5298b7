/** Names shared by the review page and the header's due count (no dependencies: every page loads the latter). */
export const CARD_KINDS = ['recognize', 'recall'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const REVIEW_KEY = 'hanzi-reader:review';
/** Fired on the window after this page changed the review state (the storage event only reaches other tabs). */
export const REVIEW_CHANGED = 'hanzi-reader:review-changed';
