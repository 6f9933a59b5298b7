/** How buttons look, one constant per kind (Tailwind finds the classes here). */

/** The main action of a form. */
export const primaryButton =
  'rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-stone-900 aria-disabled:cursor-wait aria-disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300 dark:focus-visible:ring-stone-100';

/** Secondary actions: outlined buttons and button-like links and labels. */
export const outlineButton =
  'rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** An outlined button that can be disabled (dimmed then). */
export const outlineButtonDisablable = `${outlineButton} disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60`;

/** A small outlined button inside a form (the word editor's actions). */
export const compactOutlineButton =
  'rounded border border-stone-500 px-2 py-1 text-sm hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-stone-900 aria-disabled:cursor-wait aria-disabled:opacity-60 dark:hover:bg-stone-800 dark:focus-visible:ring-stone-100';

/** An action that deletes. */
export const dangerButton =
  'rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-red-800 dark:bg-red-300 dark:text-stone-950 dark:hover:bg-red-200';
