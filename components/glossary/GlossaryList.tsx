import type { EntryGroup, GlossarySort } from '@/lib/glossary-index';
import { GlossaryEntryRow } from './GlossaryEntryRow';
import type { GlossaryLabels } from './labels';

/**
 * Every entry, grouped by initial letter or kind. Entries the search excludes are rendered
 * hidden rather than left out, so filtering in the browser can show them again.
 */
export function GlossaryList({
  groups,
  sort,
  shown,
  labels,
}: {
  groups: EntryGroup[];
  sort: GlossarySort;
  shown: ReadonlySet<string>;
  labels: GlossaryLabels;
}) {
  return (
    <div data-glossary-entries>
      {groups.map((group) => {
        const headingId = `group-${group.key}`;
        return (
          <section
            key={group.key}
            aria-labelledby={headingId}
            data-glossary-group
            hidden={!group.entries.some((e) => shown.has(e.id))}
            className="mt-6"
          >
            <h3 id={headingId} className="border-b border-stone-200 pb-1 text-lg font-semibold dark:border-stone-800">
              {sort === 'kind' ? labels.kind[group.key as keyof GlossaryLabels['kind']] : group.key}
            </h3>
            <ul className="divide-y divide-stone-200 dark:divide-stone-800">
              {group.entries.map((entry) => (
                <GlossaryEntryRow key={entry.id} entry={entry} labels={labels} hidden={!shown.has(entry.id)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
