import type { Messages, NamespaceKeys, NestedKeyOf } from 'next-intl';

/** A namespace of the catalog, top-level ('Saved') or nested ('Texts.new'): what useTranslations takes. */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The given namespaces of a catalog, each in its nested place ('Texts.new' → { Texts: { new } }):
 * what a client component's NextIntlClientProvider carries, so that a page sends only the messages
 * its client components format, not the whole catalog. An unknown namespace is an error here,
 * where it is found at build time, not a missing message in the browser.
 */
export function pickNamespaces(messages: Messages, namespaces: readonly Namespace[]): Partial<Messages> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const path = namespace.split('.');
    let from: unknown = messages;
    let into = picked;
    path.forEach((key, depth) => {
      from = from && typeof from === 'object' ? (from as Record<string, unknown>)[key] : undefined;
      if (from === undefined) throw new Error(`No namespace ${namespace} in the messages`);
      if (depth === path.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked as Partial<Messages>;
}
