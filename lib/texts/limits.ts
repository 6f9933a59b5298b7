/** Limits of a pasted text; client-safe (the form's live counter uses them too). */
export const MAX_TEXT_CHARS = 100_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_SOURCE_URL_CHARS = 2_000;
/** Creations per client per minute. */
export const CREATIONS_PER_MINUTE = 30;
/** Edits (retitle, corrections) per client per minute: each one re-annotates the whole text and writes it. */
export const EDITS_PER_MINUTE = 20;

/** Line breaks as one "\n" (a form submits "\r\n"), so the count does not depend on how the text arrived. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Characters as a reader counts them: Unicode code points, a line break is one. */
export function countChars(text: string): number {
  let count = 0;
  for (const char of normalizeLineBreaks(text)) if (char) count++;
  return count;
}
