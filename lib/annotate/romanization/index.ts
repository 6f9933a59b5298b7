/** Romanizations written next to hanzi: where they are (./find) and what they spell (./match). */
export { findRomanizations, type RomanCandidate, type RunGroup } from './find';
export { matchRomanization, type ReadingCandidates } from './match';
