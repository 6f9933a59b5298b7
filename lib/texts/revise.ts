import { getAnnotator } from '../annotate';
import { annotateText } from './annotation';
import { applyCorrections } from './apply-corrections';
import type { Correction } from './correction-types';
import type { ReadingOverrides, StoredAnnotation } from './types';

/** What a text says and how its owner corrected it: everything a version of it is made of. */
export interface TextContent {
  title: string;
  body: string;
  overrides: ReadingOverrides;
  corrections: Correction[];
}

export interface RevisedText {
  annotation: StoredAnnotation;
  /** The corrections that still apply: the ones to store. */
  corrections: Correction[];
  /** The corrections whose words are no longer there. */
  dropped: Correction[];
}

/** Annotates a version of a text: the engine with the reading overrides, then the owner's corrections (lib/texts/apply-corrections). */
export async function reviseText(content: TextContent): Promise<RevisedText> {
  const annotated = await annotateText(content.title, content.body, content.overrides);
  if (content.corrections.length === 0) return { annotation: annotated, corrections: [], dropped: [] };
  const { annotation, applied, dropped } = applyCorrections(annotated, content.corrections, await getAnnotator());
  return { annotation, corrections: applied, dropped };
}

/** Corrections of `before` that `after` no longer has (compared as data). */
export function correctionsLost(before: readonly Correction[], after: readonly Correction[]): Correction[] {
  const kept = new Set(after.map((correction) => JSON.stringify(correction)));
  return before.filter((correction) => !kept.has(JSON.stringify(correction)));
}
