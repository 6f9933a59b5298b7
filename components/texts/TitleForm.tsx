'use client';

import { useActionState } from 'react';
import { saveTitleAction } from '@/app/[locale]/texts/[id]/manage/actions';
import type { TitleFormState } from '@/lib/texts/form-state';
import { FieldError, fieldClass, SubmitButton } from './form-parts';

export interface TitleFormLabels {
  titleLabel: string;
  titleHint: string;
  saveTitle: string;
}

/** Retitles the text; on an error the title comes back as typed with the message next to it. */
export function TitleForm({ hidden, title, labels }: { hidden: Record<string, string>; title: string; labels: TitleFormLabels }) {
  const initial: TitleFormState = { attempt: 0, values: { title }, errors: {} };
  const [state, formAction, pending] = useActionState(saveTitleAction, initial);
  const error = state.errors.title ?? state.errors.form;
  return (
    <form action={formAction} noValidate className="mt-3 grid gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={state.attempt}>
        <label htmlFor="manage-title" className="block font-medium">
          {labels.titleLabel}
        </label>
        <p id="manage-title-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {labels.titleHint}
        </p>
        <input
          id="manage-title"
          name="title"
          type="text"
          defaultValue={state.values.title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'manage-title-hint manage-title-error' : 'manage-title-hint'}
          className={fieldClass(Boolean(error))}
        />
        <FieldError id="manage-title-error" message={error} />
      </div>
      <div>
        <SubmitButton pending={pending} label={labels.saveTitle} />
      </div>
    </form>
  );
}
