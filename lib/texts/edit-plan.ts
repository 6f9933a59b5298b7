import { textError, VERSION_CONFLICT, type Result } from './errors';
import { validateTitle } from './input';
import {
  correctedTermId,
  correctionNotFound,
  MAX_OVERRIDES,
  parseReadingInput,
  termKey,
  tooManyOverrides,
  type ReadingInput,
} from './readings';
import type { ReadingOverrides, StoredAnnotation, TextRecord } from './types';

export interface TextChanges {
  /** The new title ('' removes it). */
  title?: string;
  /**
   * hanzi (simplified or traditional, as the text writes it) → numbered pinyin ("hua2 wei2"):
   * corrects the reading everywhere in the text; null removes the correction.
   */
  readings?: Record<string, string | null>;
  /** The version the change was made on (the API's `version`): any other → version_conflict, nothing written. */
  version?: number;
}

/** What an edit would store, worked out from the text as read, before anything is annotated. */
export interface EditPlan {
  title: string;
  /** Keyed by term id (the simplified form), as the reader and the manage page name the terms. */
  overrides: ReadingOverrides;
  /** New readings, to check against the new annotation. */
  corrections: ReadingInput[];
  /** False when title and corrections would stay as they are: nothing to annotate or write. */
  changed: boolean;
}

/**
 * Validates the changes and keys every correction by the id of the term it names in the stored
 * annotation, so 華為 and 华为 are one correction. Removing a correction the text does not have
 * is an error, not a silent success.
 */
export async function planEdit(text: TextRecord, changes: TextChanges): Promise<Result<EditPlan>> {
  if (changes.version !== undefined && changes.version !== text.version) return textError(VERSION_CONFLICT);
  let title = text.title;
  if (changes.title !== undefined) {
    const validated = validateTitle(changes.title);
    if (!validated.ok) return validated;
    title = validated.value;
  }
  const readings = Object.entries(changes.readings ?? {});
  // More than a text can hold fails anyway: refused before any term is looked up.
  if (readings.length > MAX_OVERRIDES) return textError(tooManyOverrides);
  const overrides = new Map(Object.entries(text.overrides));
  const corrections: ReadingInput[] = [];
  for (const [rawHanzi, pinyin] of readings) {
    if (pinyin === null) {
      const hanzi = rawHanzi.trim();
      const key = overrides.has(hanzi) ? hanzi : await termKey(text.annotation, hanzi);
      if (!overrides.delete(key)) return textError(correctionNotFound(hanzi));
      continue;
    }
    const reading = parseReadingInput(rawHanzi, pinyin);
    if (!reading.ok) return reading;
    // A word that is no term of the text yet may become one through the correction (see appliedOverrides).
    const key = await termKey(text.annotation, reading.value.hanzi);
    overrides.set(key, reading.value.pinyin);
    corrections.push({ hanzi: key, pinyin: reading.value.pinyin });
  }
  if (overrides.size > MAX_OVERRIDES) return textError(tooManyOverrides);
  const changed = title !== text.title || !sameOverrides(overrides, text.overrides);
  return { ok: true, value: { title, overrides: Object.fromEntries(overrides), corrections, changed } };
}

function sameOverrides(planned: ReadonlyMap<string, string>, stored: ReadingOverrides): boolean {
  const storedEntries = Object.entries(stored);
  return (
    planned.size === storedEntries.length && storedEntries.every(([hanzi, pinyin]) => planned.get(hanzi) === pinyin)
  );
}

/**
 * The overrides to store with the new annotation: every correction must have taken effect (the
 * term occurs in the text and reads as given), and is keyed by the id of the term it corrected.
 */
export function appliedOverrides(plan: EditPlan, annotation: StoredAnnotation): Result<ReadingOverrides> {
  const overrides = new Map(Object.entries(plan.overrides));
  for (const correction of plan.corrections) {
    const termId = correctedTermId(annotation, correction);
    if (!termId.ok) return termId;
    overrides.delete(correction.hanzi);
    overrides.set(termId.value, correction.pinyin);
  }
  return { ok: true, value: Object.fromEntries(overrides) };
}
