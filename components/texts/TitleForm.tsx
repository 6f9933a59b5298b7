'use client';

import type { ManageActions, TitleFormState } from '@/lib/texts/form-state';
import { FieldsForm } from './FieldsForm';
import { Field } from './form-parts';

export interface TitleFormLabels {
  titleLabel: string;
  titleHint: string;
  saveTitle: string;
}

/** Retitles the text; on an error the title comes back as typed with the message next to it. */
export function TitleForm({
  hidden,
  title,
  labels,
  action,
}: {
  hidden: Record<string, string>;
  title: string;
  labels: TitleFormLabels;
  action: ManageActions['saveTitle'];
}) {
  const initial: TitleFormState = { attempt: 0, values: { title }, errors: {} };
  return (
    <FieldsForm hidden={hidden} initial={initial} action={action} submitLabel={labels.saveTitle}>
      {(state) => (
        <Field id="manage-title" label={labels.titleLabel} hint={labels.titleHint} error={state.errors.title}>
          {(control) => <input {...control} name="title" type="text" defaultValue={state.values.title} />}
        </Field>
      )}
    </FieldsForm>
  );
}
