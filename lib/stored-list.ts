/**
 * The learner's lists in localStorage (saved words, my texts) are stored as
 * `{ "version": 1, "<field>": [ … ] }`. Reading one back trusts nothing: each item is checked
 * (`toItem` returns undefined for what is no item), the first of two items with the same key
 * wins, and at most `max` are kept. Client-safe: no dependencies.
 */
export function parseStoredList<T>(
  raw: string | null,
  list: { field: string; max: number; toItem: (input: unknown) => T | undefined; keyOf: (item: T) => string },
): T[] {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? 'null');
  } catch {
    return [];
  }
  const items =
    data && typeof data === 'object' && list.field in data ? (data as Record<string, unknown>)[list.field] : undefined;
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const input of items.slice(0, list.max)) {
    const item = list.toItem(input);
    if (item === undefined || seen.has(list.keyOf(item))) continue;
    seen.add(list.keyOf(item));
    out.push(item);
  }
  return out;
}

export function serializeStoredList<T>(field: string, items: readonly T[]): string {
  return JSON.stringify({ version: 1, [field]: items });
}
