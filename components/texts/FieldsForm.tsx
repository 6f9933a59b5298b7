'use client';

import { useActionState, type ReactNode } from 'react';
import type { FormState } from '@/lib/texts/form-state';
import { FormError, HiddenFields, SubmitButton } from './form-parts';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/**
 * The frame of a manage form with fields: the hidden values (locale, id, token, version…), the
 * form's own error, the fields and the submit button. After a failed attempt the fields are
 * rendered again with the values sent back (so they show what was typed, with the errors), and
 * focus goes to the first invalid one.
 */
export function FieldsForm<Field extends string>({
  hidden,
  initial,
  action,
  submitLabel,
  fieldsClassName,
  children,
}: {
  hidden: Record<string, string>;
  initial: FormState<Field>;
  action: (previous: FormState<Field>, data: FormData) => Promise<FormState<Field>>;
  submitLabel: string;
  fieldsClassName?: string;
  /** The fields, from the state of the last attempt (values and errors). */
  children: (state: FormState<Field>) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useFocusFirstInvalid(state.attempt);
  return (
    <form ref={form} action={formAction} noValidate className="mt-3 grid gap-3">
      <HiddenFields values={hidden} />
      <FormError message={state.errors.form} />
      <div key={state.attempt} className={fieldsClassName}>
        {children(state)}
      </div>
      <div>
        <SubmitButton pending={pending} label={submitLabel} />
      </div>
    </form>
  );
}
