'use client';

import { DISPLAY_NAMES } from '@/lib/reader/display-options';

interface DisplayControl {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}

/**
 * How the text is written (reading form, script): the server renders it, so choosing one loads
 * the page for it. A plain GET form without JavaScript; with it, a choice takes effect at once
 * and keeps the rest of the address (settings, page, focused term).
 */
export function DisplayControls({
  label,
  apply,
  controls,
  keep,
}: {
  label: string;
  apply: string;
  controls: DisplayControl[];
  keep: Record<string, string>;
}) {
  const navigate = (form: HTMLFormElement) => {
    const url = new URL(window.location.href);
    const data = new FormData(form);
    for (const name of DISPLAY_NAMES) url.searchParams.set(name, String(data.get(name) ?? ''));
    window.location.assign(url);
  };
  return (
    <form
      method="get"
      aria-label={label}
      className="mt-2 flex flex-wrap items-end gap-x-4 gap-y-2 text-sm"
      onChange={(e) => navigate(e.currentTarget)}
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {controls.map((control) => (
        <div key={control.name} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-2">
          <label htmlFor={`display-${control.name}`}>{control.label}</label>
          <select
            id={`display-${control.name}`}
            name={control.name}
            defaultValue={control.value}
            className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          >
            {control.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="no-js-only rounded border border-stone-300 px-2 py-1 dark:border-stone-700">
        {apply}
      </button>
    </form>
  );
}
