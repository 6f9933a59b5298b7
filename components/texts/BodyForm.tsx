'use client';

import type { BodyFormState, ManageActions } from '@/lib/texts/form-state';
import { FieldsForm } from './FieldsForm';
import { Field } from './form-parts';

/** Edits the text itself; on an error (e.g. another tab saved first) the text comes back as typed. */
export function BodyForm({
  hidden,
  body,
  labels,
  action,
}: {
  hidden: Record<string, string>;
  body: string;
  labels: { text: string; hint: string; save: string };
  action: ManageActions['saveBody'];
}) {
  const initial: BodyFormState = { attempt: 0, values: { text: body }, errors: {} };
  return (
    <FieldsForm hidden={hidden} initial={initial} action={action} submitLabel={labels.save}>
      {(state) => (
        <Field id="manage-body" label={labels.text} hint={labels.hint} error={state.errors.text}>
          {(control) => <textarea {...control} name="text" rows={10} lang="zh" defaultValue={state.values.text} />}
        </Field>
      )}
    </FieldsForm>
  );
}
