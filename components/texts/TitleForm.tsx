'use client';

import { useActionState } from 'react';
import type { ManageActions, TitleFormState } from '@/lib/texts/form-state';
import { Field, FormError, HiddenFields, SubmitButton } from './form-parts';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

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
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useFocusFirstInvalid(state.attempt);
  return (
    <form ref={form} action={formAction} noValidate className="mt-3 grid gap-3">
      <HiddenFields values={hidden} />
      <FormError message={state.errors.form} />
      <div key={state.attempt}>
        <Field id="manage-title" label={labels.titleLabel} hint={labels.titleHint} error={state.errors.title}>
          {(control) => <input {...control} name="title" type="text" defaultValue={state.values.title} />}
        </Field>
      </div>
      <div>
        <SubmitButton pending={pending} label={labels.saveTitle} />
      </div>
    </form>
  );
}
