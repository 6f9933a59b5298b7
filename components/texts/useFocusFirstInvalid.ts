import { useEffect, useRef } from 'react';

/**
 * After a failed attempt, focus goes to the first field marked invalid, so its error (in its
 * description) is read out and the keyboard is where the fix is; or to the form's own error.
 * The form re-renders its fields on every attempt, which would otherwise drop focus to <body>.
 */
export function useFocusFirstInvalid(attempt: number) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"][tabindex="-1"]')?.focus();
  }, [attempt]);
  return form;
}
