import type { RateLimitStore } from '@/lib/rate-limit/types';
import type { Requester } from '@/lib/texts/rate-limits';
import { createText, readText } from '@/lib/texts/service';
import type { TextRecord, TextStore } from '@/lib/texts/types';

/** The stores a service call works on: the texts, and where its requests are counted. */
export interface ServiceStores {
  texts: TextStore;
  rateLimits: RateLimitStore;
}

/**
 * Shortcuts for service tests: create and read a text on a real store, failing loudly. Each
 * request comes from a new client address, so tests never run into a rate limit.
 */
export function textServiceHelpers(stores: () => ServiceStores, defaultText: string) {
  let client = 0;
  const nextRequester = (): Requester => ({
    client: `192.0.2.${(++client % 250) + 1}`,
    rateLimits: stores().rateLimits,
  });
  async function created(input: { text?: string; title?: string; sourceUrl?: string } = {}) {
    const result = await createText(stores().texts, { text: defaultText, ...input }, nextRequester());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  }
  async function read(id: string): Promise<TextRecord> {
    const result = await readText(stores().texts, id);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  }
  const pinyinOf = (text: TextRecord, id: string) => text.annotation.terms.find((term) => term.id === id)?.pinyin;
  return { nextRequester, created, read, pinyinOf };
}
