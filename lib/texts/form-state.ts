/** What a text form shows after a submission: the values as typed and an error per field (client-safe). */
export interface FormState<Field extends string> {
  /** Counts failed submissions, so the form re-renders with the values sent back. */
  attempt: number;
  values: Record<Field, string>;
  errors: Partial<Record<Field | 'form', string>>;
}

export type NewTextField = 'title' | 'text' | 'sourceUrl';
export type NewTextFormState = FormState<NewTextField>;

export const EMPTY_NEW_TEXT: NewTextFormState = {
  attempt: 0,
  values: { title: '', text: '', sourceUrl: '' },
  errors: {},
};

/** A form value as a string ('' for a missing field or a file). */
export function formString(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

export type TitleFormState = FormState<'title'>;
/** `reading`: the numbered pinyin typed for the term `hanzi`. */
export type ReadingFormState = FormState<'hanzi' | 'reading'>;
/** Removing the correction of `hanzi`: the form shows only an error, next to its button. */
export type RemoveReadingFormState = FormState<'hanzi'>;

/** Correcting one word: the reading typed or `choice` (one of the dictionary's), the meaning, and `scope` ('one' or 'all'). */
export type WordFormState = FormState<'reading' | 'choice' | 'meaning' | 'scope'>;
/** Splitting a word (`split`: characters before the cut) or joining it with the next: errors only. */
export type SegmentFormState = FormState<'split'>;
/** The text itself, as the owner edits it. */
export type BodyFormState = FormState<'text'>;
/** Undoing the last change: the form shows only an error. */
export type UndoFormState = FormState<never>;

/** The server actions of the manage page, passed to its forms by the page (components never import from app/). */
export interface ManageActions {
  saveTitle: (previous: TitleFormState, data: FormData) => Promise<TitleFormState>;
  saveReading: (previous: ReadingFormState, data: FormData) => Promise<ReadingFormState>;
  removeReading: (previous: RemoveReadingFormState, data: FormData) => Promise<RemoveReadingFormState>;
  saveWord: (previous: WordFormState, data: FormData) => Promise<WordFormState>;
  splitWord: (previous: SegmentFormState, data: FormData) => Promise<SegmentFormState>;
  mergeWord: (previous: SegmentFormState, data: FormData) => Promise<SegmentFormState>;
  saveBody: (previous: BodyFormState, data: FormData) => Promise<BodyFormState>;
  undo: (previous: UndoFormState, data: FormData) => Promise<UndoFormState>;
  deleteText: (data: FormData) => Promise<void>;
}

/** What the manage page confirms after a change (from its `saved` query parameter). */
export const SAVED_CHANGES = ['title', 'reading', 'removed', 'word', 'split', 'merged', 'text', 'undone'] as const;
export type SavedChange = (typeof SAVED_CHANGES)[number];
