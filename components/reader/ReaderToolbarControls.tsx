'use client';

import type { SettingName } from '@/lib/reader/settings';
import { changeReaderSetting } from './change-setting';
import { useReaderSettings } from './useReaderSettings';

interface SettingControl {
  name: SettingName;
  label: string;
  options: { value: string; label: string }[];
}

export function ReaderToolbarControls({ label, settings }: { label: string; settings: SettingControl[] }) {
  const current = useReaderSettings();

  return (
    <div
      role="group"
      aria-label={label}
      className="reader-toolbar js-only grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:flex sm:flex-wrap"
    >
      {settings.map((setting) => (
        <label key={setting.name} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-2">
          <span>{setting.label}</span>
          <select
            name={setting.name}
            value={current[setting.name]}
            onChange={(e) => changeReaderSetting(setting.name, e.target.value)}
            className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          >
            {setting.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
