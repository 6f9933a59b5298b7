'use client';

import { useActionState } from 'react';
import type { ManageActions, UndoFormState } from '@/lib/texts/form-state';
import { HiddenFields, SubmitButton } from './form-parts';
import { compactOutlineButton } from '../button-styles';

/** Goes back to the version before the last change; says why not if it cannot (e.g. another tab changed the text). */
export function UndoForm({
  hidden,
  label,
  action,
}: {
  hidden: Record<string, string>;
  label: string;
  action: ManageActions['undo'];
}) {
  const initial: UndoFormState = { attempt: 0, values: {}, errors: {} };
  const [state, formAction, pending] = useActionState(action, initial);
  const error = state.errors.form;
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-3">
      <HiddenFields values={hidden} />
      <SubmitButton
        pending={pending}
        label={label}
        className={compactOutlineButton}
        describedBy={error ? 'undo-error' : undefined}
      />
      {error && (
        <p id="undo-error" role="alert" className="w-full text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
