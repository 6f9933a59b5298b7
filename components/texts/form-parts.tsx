/**
 * Small pieces shared by the text forms. No hooks and no 'use client': HiddenFields and the class
 * names serve server components too; Field (a function child) and SubmitButton (an event handler)
 * are rendered by the client forms.
 */
import type { ReactNode } from 'react';
import { primaryButton } from '../button-styles';

export function fieldClass(invalid: boolean): string {
  return [
    'mt-2 block w-full rounded border bg-white px-3 py-2 text-base text-stone-900 dark:bg-stone-900 dark:text-stone-100',
    'focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:ring-stone-900 dark:focus-visible:ring-stone-100',
    invalid ? 'border-red-700 dark:border-red-400' : 'border-stone-400 dark:border-stone-600',
  ].join(' ');
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
      {message}
    </p>
  );
}

/** What Field hands its control: the wiring of label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  className: string;
}

/**
 * A labelled form control with its hint and its error: the label names the control, the hint
 * (`{id}-hint`), any further descriptions (`describedBy`, e.g. a live count in `after`) and the
 * error (`{id}-error`) describe it, and an error marks it invalid.
 */
export function Field({
  id,
  label,
  hint,
  error,
  invalid = Boolean(error),
  describedBy = [],
  after,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Invalid without an error message yet (e.g. over a limit while typing). */
  invalid?: boolean;
  describedBy?: string[];
  /** Shown between the control and its error. */
  after?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}) {
  const descriptions = [hint ? `${id}-hint` : '', ...describedBy, error ? `${id}-error` : ''].filter(Boolean);
  const control: ControlProps = { id, className: fieldClass(invalid) };
  if (descriptions.length > 0) control['aria-describedby'] = descriptions.join(' ');
  if (invalid) control['aria-invalid'] = true;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      {children(control)}
      {after}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The same hidden values (locale, text id, token) in each of the manage page's forms. */
export function HiddenFields({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** An error that belongs to the whole form (rate limit, concurrent change), announced when it appears. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      tabIndex={-1}
      className="rounded border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-900 dark:bg-red-950 dark:text-red-100"
    >
      {message}
    </p>
  );
}

/**
 * While the form is being sent the button says so with aria-disabled rather than `disabled`: a
 * disabled button drops the keyboard focus (back to the page's start), aria-disabled keeps it.
 * Clicks (and Enter, which clicks it) are ignored meanwhile, so nothing is sent twice.
 */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  className = primaryButton,
  describedBy,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  className?: string;
  /** Id of the message about the last submission (an error), if any. */
  describedBy?: string;
}) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      aria-describedby={describedBy}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={className}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
