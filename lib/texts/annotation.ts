import type { TermSummary } from '../annotate';
import { annotateLines, type AnnotatedLine } from '../annotated-lines';
import type { ReadingOverrides, StoredAnnotation } from './types';

/** The paragraphs of a pasted text: its lines, trimmed, empty ones dropped (as the article parser does). */
export function textParagraphs(body: string): string[] {
  return body
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Annotates title and paragraphs as one text (a name introduced in the title, e.g. "Huawei (华为)",
 * is recognised in the body), with the text's reading overrides.
 */
export async function annotateText(
  title: string,
  body: string,
  overrides: ReadingOverrides,
): Promise<StoredAnnotation> {
  const paragraphs = textParagraphs(body);
  const lines = title ? [title, ...paragraphs] : paragraphs;
  const annotated = await annotateLines(lines, { overrides });
  return {
    title: title ? (annotated.lines[0] ?? []) : null,
    paragraphs: title ? annotated.lines.slice(1) : annotated.lines,
    terms: annotated.terms,
    firstMention: [...annotated.firstMention],
  };
}

export interface ReaderDocument {
  title: AnnotatedLine | null;
  paragraphs: AnnotatedLine[];
  terms: TermSummary[];
  firstMention: Map<string, number>;
}

export function toReaderDocument(annotation: StoredAnnotation): ReaderDocument {
  return { ...annotation, firstMention: new Map(annotation.firstMention) };
}
