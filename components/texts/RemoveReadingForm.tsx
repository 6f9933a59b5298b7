'use client';

import { useActionState } from 'react';
import type { ManageActions, RemoveReadingFormState } from '@/lib/texts/form-state';
import { HiddenFields, SubmitButton } from './form-parts';
import { compactOutlineButton } from '../button-styles';

/**
 * Removes one corrected reading. Success reloads the manage page, which confirms it; otherwise the
 * reason (no such correction, a concurrent change, the edit limit) appears next to the button.
 */
export function RemoveReadingForm({
  hidden,
  hanzi,
  label,
  errorId,
  action,
}: {
  hidden: Record<string, string>;
  hanzi: string;
  label: string;
  /** Unique on the page: one form per correction. */
  errorId: string;
  action: ManageActions['removeReading'];
}) {
  const initial: RemoveReadingFormState = { attempt: 0, values: { hanzi }, errors: {} };
  const [state, formAction, pending] = useActionState(action, initial);
  const error = state.errors.hanzi ?? state.errors.form;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <HiddenFields values={{ ...hidden, hanzi }} />
      <SubmitButton
        pending={pending}
        label={label}
        className={compactOutlineButton}
        describedBy={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
