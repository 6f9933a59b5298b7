'use client';

import type { ManageActions, ReadingFormState } from '@/lib/texts/form-state';
import { FieldsForm } from './FieldsForm';
import { Field } from './form-parts';

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
  return (
    <FieldsForm
      hidden={hidden}
      initial={initial}
      action={action}
      submitLabel={labels.saveReading}
      fieldsClassName="grid gap-3"
    >
      {(state) => (
        <>
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
        </>
      )}
    </FieldsForm>
  );
}
