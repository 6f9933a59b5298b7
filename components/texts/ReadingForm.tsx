'use client';

import { useActionState } from 'react';
import { saveReadingAction } from '@/app/[locale]/texts/[id]/manage/actions';
import type { ReadingFormState } from '@/lib/texts/form-state';
import { FieldError, fieldClass, SubmitButton } from './form-parts';

export interface ReadingFormLabels {
  termLabel: string;
  pinyinLabel: string;
  pinyinHint: string;
  saveReading: string;
}

/** Corrects the reading of one of the text's terms; the pinyin comes back as typed on an error. */
export function ReadingForm({
  hidden,
  terms,
  labels,
}: {
  hidden: Record<string, string>;
  /** The text's terms: id (simplified hanzi) and the reading shown now. */
  terms: Array<{ id: string; pinyin: string }>;
  labels: ReadingFormLabels;
}) {
  const initial: ReadingFormState = { attempt: 0, values: { hanzi: terms[0]?.id ?? '', reading: '' }, errors: {} };
  const [state, formAction, pending] = useActionState(saveReadingAction, initial);
  const error = state.errors.reading ?? state.errors.hanzi ?? state.errors.form;
  return (
    <form action={formAction} noValidate className="mt-3 grid gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={state.attempt} className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="manage-term" className="block font-medium">
            {labels.termLabel}
          </label>
          <select id="manage-term" name="hanzi" defaultValue={state.values.hanzi} className={fieldClass(false)}>
            {terms.map((term) => (
              <option key={term.id} value={term.id}>
                {`${term.id} – ${term.pinyin}`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="manage-pinyin" className="block font-medium">
            {labels.pinyinLabel}
          </label>
          <input
            id="manage-pinyin"
            name="reading"
            type="text"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={state.values.reading}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'manage-pinyin-hint manage-pinyin-error' : 'manage-pinyin-hint'}
            className={fieldClass(Boolean(error))}
          />
        </div>
      </div>
      <p id="manage-pinyin-hint" className="text-sm text-stone-600 dark:text-stone-400">
        {labels.pinyinHint}
      </p>
      <FieldError id="manage-pinyin-error" message={error} />
      <div>
        <SubmitButton pending={pending} label={labels.saveReading} />
      </div>
    </form>
  );
}
