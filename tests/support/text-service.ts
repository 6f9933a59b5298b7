import { createText, readText } from '@/lib/texts/service';
import type { TextRecord, TextStore } from '@/lib/texts/types';

/**
 * Shortcuts for service tests: create and read a text on a real store, failing loudly. Each
 * creation comes from a new client address, so tests never run into the creation rate limit.
 */
export function textServiceHelpers(store: () => TextStore, defaultText: string) {
  let client = 0;
  const nextClient = () => `192.0.2.${(++client % 250) + 1}`;
  async function created(input: { text?: string; title?: string; sourceUrl?: string } = {}) {
    const result = await createText(store(), { text: defaultText, ...input }, { client: nextClient() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  }
  async function read(id: string): Promise<TextRecord> {
    const result = await readText(store(), id);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  }
  const pinyinOf = (text: TextRecord, id: string) => text.annotation.terms.find((term) => term.id === id)?.pinyin;
  return { nextClient, created, read, pinyinOf };
}
