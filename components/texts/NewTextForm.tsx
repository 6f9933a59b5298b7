'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { EMPTY_NEW_TEXT, type NewTextFormState } from '@/lib/texts/form-state';
import { countChars, MAX_TEXT_CHARS } from '@/lib/texts/limits';
import { Field, SubmitButton } from './form-parts';

export interface NewTextLabels {
  titleLabel: string;
  textLabel: string;
  textHint: string;
  sourceUrlLabel: string;
  sourceUrlHint: string;
  submit: string;
  submitting: string;
  errorSummary: string;
}

/**
 * The paste form. A server action behind a plain POST form: it works without JavaScript; with
 * it, the character count follows the typing. After a failed submission the fields come back
 * as typed, each error next to its field.
 */
export function NewTextForm({
  locale,
  labels,
  action,
}: {
  locale: string;
  labels: NewTextLabels;
  /** The server action that stores the text (app/[locale]/texts/new/actions.ts), passed in by the page. */
  action: (previous: NewTextFormState, data: FormData) => Promise<NewTextFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_NEW_TEXT);
  // A text over the limit is stopped here: the server would refuse it, and past 1 MB Next
  // would answer the action with an error page instead of the form.
  const [stoppedAt, setStoppedAt] = useState<number | null>(null);
  const stopIfTooLong = (event: FormEvent<HTMLFormElement>) => {
    const field = event.currentTarget.elements.namedItem('text');
    const count = field instanceof HTMLTextAreaElement ? countChars(field.value) : 0;
    if (count <= MAX_TEXT_CHARS) return setStoppedAt(null);
    event.preventDefault();
    setStoppedAt(count);
    if (field instanceof HTMLTextAreaElement) field.focus();
  };
  return (
    <form action={formAction} onSubmit={stopIfTooLong} noValidate className="mt-8 grid gap-6">
      <input type="hidden" name="locale" value={locale} />
      {/* Remounted per attempt, so the fields start from the values the server sent back. */}
      <Fields key={state.attempt} state={state} labels={labels} stoppedAt={stoppedAt} />
      <div>
        <SubmitButton pending={pending} label={labels.submit} pendingLabel={labels.submitting} />
      </div>
    </form>
  );
}

function Fields({
  state,
  labels,
  stoppedAt,
}: {
  state: NewTextFormState;
  labels: NewTextLabels;
  stoppedAt: number | null;
}) {
  const { values } = state;
  const [count, setCount] = useState(() => countChars(values.text));
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.attempt > 0 && Object.keys(state.errors).length > 0) summary.current?.focus();
  }, [state.attempt, state.errors]);

  // The count follows the typing, so it is formatted here (plurals and numbers of the UI language).
  const t = useTranslations('Texts.new');
  const tErrors = useTranslations('Texts.errors');
  const over = count > MAX_TEXT_CHARS;
  const errors =
    stoppedAt === null
      ? state.errors
      : { ...state.errors, text: tErrors('text_too_long', { count: stoppedAt, max: MAX_TEXT_CHARS }) };

  return (
    <>
      {Object.keys(errors).length > 0 && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-4 text-red-900 outline-none focus-visible:ring-2 focus-visible:ring-red-700 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">{labels.errorSummary}</p>
          {errors.form && <p className="mt-1">{errors.form}</p>}
        </div>
      )}
      <Field id="text-title" label={labels.titleLabel} error={errors.title}>
        {(control) => <input {...control} name="title" type="text" defaultValue={values.title} />}
      </Field>
      <Field
        id="text-body"
        label={labels.textLabel}
        hint={labels.textHint}
        error={errors.text}
        invalid={Boolean(errors.text) || over}
        describedBy={['text-body-count']}
        after={
          <>
            <p
              id="text-body-count"
              className={`js-only mt-1 text-sm ${over ? 'font-semibold text-red-800 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}`}
            >
              {t('charCount', { count, max: MAX_TEXT_CHARS })}
            </p>
            {/* Announced once when the limit is crossed, not at every keystroke. */}
            <p aria-live="polite" className="text-sm font-semibold text-red-800 dark:text-red-300">
              {over ? t('overLimit', { over: count - MAX_TEXT_CHARS }) : ''}
            </p>
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            name="text"
            required
            rows={14}
            defaultValue={values.text}
            onChange={(event) => setCount(countChars(event.currentTarget.value))}
          />
        )}
      </Field>
      <Field id="text-source" label={labels.sourceUrlLabel} hint={labels.sourceUrlHint} error={errors.sourceUrl}>
        {(control) => (
          <input {...control} name="sourceUrl" type="url" inputMode="url" defaultValue={values.sourceUrl} />
        )}
      </Field>
    </>
  );
}
