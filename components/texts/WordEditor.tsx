'use client';

import { useActionState } from 'react';
import type { ManageActions, SegmentFormState, WordFormState } from '@/lib/texts/form-state';
import { Field, FormError, HiddenFields, SubmitButton } from './form-parts';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';
import { compactOutlineButton } from '../button-styles';

export interface WordEditorLabels {
  choices: string;
  typed: string;
  typedHint: string;
  meaning: string;
  meaningHint: string;
  scope: string;
  scopeOne: string;
  scopeAll: string;
  save: string;
  splitHeading: string;
  splitAt: string;
  split: string;
  merge: string;
}

/** A reading the dictionary gives the word, as the form offers it. */
export interface ReadingChoice {
  numbered: string;
  marked: string;
  gloss: string;
}

/**
 * The editor of one word of the text: its reading (chosen from the dictionary's or typed) and
 * meaning, here or everywhere; cutting it in two; joining it with the next word. Each is a plain
 * form (works without JavaScript); on an error everything typed comes back with the message.
 * `hidden` carries the version the page showed and where the word stood.
 */
export function WordEditor({
  hidden,
  pinyin,
  meaning,
  choices,
  splits,
  next,
  labels,
  actions,
}: {
  hidden: Record<string, string>;
  pinyin: string;
  meaning: string;
  choices: ReadingChoice[];
  /** The ways to cut the word, e.g. "行将 | 结束", by characters before the cut. */
  splits: Array<{ at: number; label: string }>;
  next: string | null;
  labels: WordEditorLabels;
  actions: Pick<ManageActions, 'saveWord' | 'splitWord' | 'mergeWord'>;
}) {
  const current = choices.find((choice) => choice.marked === pinyin)?.numbered ?? '';
  const initial: WordFormState = {
    attempt: 0,
    values: { reading: '', choice: current, meaning, scope: 'one' },
    errors: {},
  };
  const [state, saveAction, saving] = useActionState(actions.saveWord, initial);
  const form = useFocusFirstInvalid(state.attempt);
  const emptySegment: SegmentFormState = { attempt: 0, values: { split: String(splits[0]?.at ?? '') }, errors: {} };
  const [splitState, splitAction, splitting] = useActionState(actions.splitWord, emptySegment);
  const [mergeState, mergeAction, merging] = useActionState(actions.mergeWord, emptySegment);
  const splitError = splitState.errors.split ?? splitState.errors.form;
  const mergeError = mergeState.errors.split ?? mergeState.errors.form;
  return (
    <div className="grid gap-6">
      <form ref={form} action={saveAction} noValidate className="grid gap-4">
        <HiddenFields values={hidden} />
        <FormError message={state.errors.form} />
        <div key={state.attempt} className="grid gap-4">
          {choices.length > 0 && (
            <fieldset>
              <legend className="font-medium">{labels.choices}</legend>
              <div className="mt-2 grid gap-2">
                {choices.map((choice) => (
                  <label key={choice.numbered} className="flex items-start gap-2">
                    <input
                      type="radio"
                      name="choice"
                      value={choice.numbered}
                      defaultChecked={state.values.choice === choice.numbered}
                      className="mt-1 h-5 w-5 shrink-0"
                    />
                    <span>
                      <span className="font-medium">{choice.marked}</span>{' '}
                      <span className="text-stone-700 dark:text-stone-300">{choice.gloss}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <Field id="word-reading" label={labels.typed} hint={labels.typedHint} error={state.errors.reading}>
            {(control) => (
              <input
                {...control}
                name="reading"
                type="text"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                defaultValue={state.values.reading}
              />
            )}
          </Field>
          <Field id="word-meaning" label={labels.meaning} hint={labels.meaningHint} error={state.errors.meaning}>
            {(control) => (
              <input {...control} name="meaning" type="text" autoComplete="off" defaultValue={state.values.meaning} />
            )}
          </Field>
          <fieldset>
            <legend className="font-medium">{labels.scope}</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="scope"
                  value="one"
                  defaultChecked={state.values.scope !== 'all'}
                  className="h-5 w-5"
                />
                {labels.scopeOne}
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="scope"
                  value="all"
                  defaultChecked={state.values.scope === 'all'}
                  className="h-5 w-5"
                />
                {labels.scopeAll}
              </label>
            </div>
          </fieldset>
        </div>
        <div>
          <SubmitButton pending={saving} label={labels.save} />
        </div>
      </form>

      {(splits.length > 0 || next) && (
        <div className="grid gap-3">
          <h4 className="font-semibold">{labels.splitHeading}</h4>
          {splits.length > 0 && (
            <form action={splitAction} className="flex flex-wrap items-end gap-3">
              <HiddenFields values={hidden} />
              <div key={splitState.attempt}>
                <label htmlFor="word-split" className="block font-medium">
                  {labels.splitAt}
                </label>
                <select
                  id="word-split"
                  name="split"
                  defaultValue={splitState.values.split}
                  aria-describedby={splitError ? 'word-split-error' : undefined}
                  className="mt-2 block rounded border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
                >
                  {splits.map((option) => (
                    <option key={option.at} value={option.at} lang="zh-Hans">
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <SubmitButton pending={splitting} label={labels.split} className={compactOutlineButton} />
              {splitError && (
                <p
                  id="word-split-error"
                  role="alert"
                  className="w-full text-sm font-medium text-red-800 dark:text-red-300"
                >
                  {splitError}
                </p>
              )}
            </form>
          )}
          {next && (
            <form action={mergeAction} className="flex flex-wrap items-center gap-3">
              <HiddenFields values={hidden} />
              <SubmitButton
                pending={merging}
                label={labels.merge}
                className={compactOutlineButton}
                describedBy={mergeError ? 'word-merge-error' : undefined}
              />
              {mergeError && (
                <p
                  id="word-merge-error"
                  role="alert"
                  className="w-full text-sm font-medium text-red-800 dark:text-red-300"
                >
                  {mergeError}
                </p>
              )}
            </form>
          )}
        </div>
      )}
    </div>
  );
}
