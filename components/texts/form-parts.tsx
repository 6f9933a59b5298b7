/** Small pieces shared by the text forms (usable from server and client components). */

export function fieldClass(invalid: boolean): string {
  return [
    'mt-2 block w-full rounded border bg-white px-3 py-2 text-base text-stone-900 dark:bg-stone-900 dark:text-stone-100',
    'focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:ring-stone-900 dark:focus-visible:ring-stone-100',
    invalid ? 'border-red-700 dark:border-red-400' : 'border-stone-400 dark:border-stone-600',
  ].join(' ');
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
      {message}
    </p>
  );
}

export const buttonClass =
  'rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-stone-900 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300 dark:focus-visible:ring-stone-100';

export const dangerButtonClass =
  'rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-red-800 dark:bg-red-300 dark:text-stone-950 dark:hover:bg-red-200';

export function SubmitButton({ pending, label, pendingLabel, className = buttonClass }: { pending: boolean; label: string; pendingLabel?: string; className?: string }) {
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
