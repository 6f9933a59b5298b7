'use client';

import { useActionState } from 'react';
import type { ManageActions, ReadingFormState } from '@/lib/texts/form-state';
import { Field, FormError, HiddenFields, SubmitButton } from './form-parts';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

export interface ReadingFormLabels {
  termLabel: string;
  pinyinLabel: string;
  pinyinHint: string;
  saveReading: string;
}

/** Corrects the reading of one of the text's terms; term and pinyin come back as sent on an error, each with its own message. */
export function ReadingForm({
  hidden,
  terms,
  labels,
  action,
}: {
  hidden: Record<string, string>;
  /** The text's terms: id (simplified hanzi) and the reading shown now. */
  terms: Array<{ id: string; pinyin: string }>;
  labels: ReadingFormLabels;
  action: ManageActions['saveReading'];
}) {
  const initial: ReadingFormState = { attempt: 0, values: { hanzi: terms[0]?.id ?? '', reading: '' }, errors: {} };
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useFocusFirstInvalid(state.attempt);
  return (
    <form ref={form} action={formAction} noValidate className="mt-3 grid gap-3">
      <HiddenFields values={hidden} />
      <FormError message={state.errors.form} />
      <div key={state.attempt} className="grid gap-3">
        <Field id="manage-term" label={labels.termLabel} error={state.errors.hanzi}>
          {(control) => (
            <select {...control} name="hanzi" defaultValue={state.values.hanzi}>
              {terms.map((term) => (
                <option key={term.id} value={term.id}>
                  {`${term.id} – ${term.pinyin}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="manage-pinyin" label={labels.pinyinLabel} hint={labels.pinyinHint} error={state.errors.reading}>
          {(control) => (
            <input
              {...control}
              name="reading"
              type="text"
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              defaultValue={state.values.reading}
            />
          )}
        </Field>
      </div>
      <div>
        <SubmitButton pending={pending} label={labels.saveReading} />
      </div>
    </form>
  );
}
