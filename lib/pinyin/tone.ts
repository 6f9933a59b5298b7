/** Tone 1–4, 5 = neutral. */
export type Tone = 1 | 2 | 3 | 4 | 5;
