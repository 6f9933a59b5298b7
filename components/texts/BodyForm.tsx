'use client';

import { useActionState } from 'react';
import type { BodyFormState, ManageActions } from '@/lib/texts/form-state';
import { Field, FormError, HiddenFields, SubmitButton } from './form-parts';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

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
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useFocusFirstInvalid(state.attempt);
  return (
    <form ref={form} action={formAction} noValidate className="mt-3 grid gap-3">
      <HiddenFields values={hidden} />
      <FormError message={state.errors.form} />
      <div key={state.attempt}>
        <Field id="manage-body" label={labels.text} hint={labels.hint} error={state.errors.text}>
          {(control) => <textarea {...control} name="text" rows={10} lang="zh" defaultValue={state.values.text} />}
        </Field>
      </div>
      <div>
        <SubmitButton pending={pending} label={labels.save} />
      </div>
    </form>
  );
}
