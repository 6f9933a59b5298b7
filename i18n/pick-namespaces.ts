import type { Messages, NestedKeyOf } from 'next-intl';

/**
 * A part of the catalog: a namespace, top-level ('Saved') or nested ('Texts.new'), or one message
 * ('Reader.position') where a client component formats only a few of its namespace's messages.
 */
export type MessagePath = NestedKeyOf<Messages>;

/**
 * The given parts of a catalog, each in its nested place ('Texts.new' → { Texts: { new } }):
 * what a client component's NextIntlClientProvider carries, so that a page sends only the messages
 * its client components format, not the whole catalog. An unknown namespace is an error here,
 * where it is found at build time, not a missing message in the browser.
 */
export function pickNamespaces(messages: Messages, namespaces: readonly MessagePath[]): Partial<Messages> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const path = namespace.split('.');
    let from: unknown = messages;
    let into = picked;
    path.forEach((key, depth) => {
      from = from && typeof from === 'object' ? (from as Record<string, unknown>)[key] : undefined;
      if (from === undefined) throw new Error(`No ${namespace} in the messages`);
      if (depth === path.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked as Partial<Messages>;
}
