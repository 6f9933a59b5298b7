import type { ReactNode } from 'react';

/**
 * Long server-rendered lists (a long text's page: its paragraphs, glossary rows, vocabulary) in
 * groups, each rendered one turn of the event loop after the group before it. The page is then
 * rendered in short steps and other requests are answered in between, instead of waiting for the
 * whole page (docs/benchmarks.md, bench:abuse). Had all groups waited for the same turn, they
 * would be rendered in one go. The HTML is the same as rendered at once.
 */
export function inTurns<T>(items: readonly T[], perTurn: number): Array<{ items: T[]; ready: Promise<void> }> {
  const groups: Array<{ items: T[]; ready: Promise<void> }> = [];
  let last = Promise.resolve();
  for (let start = 0; start < items.length; start += perTurn) {
    last = last.then(() => new Promise((resolve) => setImmediate(resolve)));
    groups.push({ items: items.slice(start, start + perTurn), ready: last });
  }
  return groups;
}

/** Renders `render()` once `ready` has resolved (see inTurns). */
export async function Deferred({ ready, render }: { ready: Promise<void>; render: () => ReactNode }) {
  await ready;
  return render();
}

/** `items` rendered by `renderItem`, `perTurn` at a time (see inTurns), or all at once when `perTurn` is undefined. */
export function ListInTurns<T>({
  items,
  perTurn,
  renderItem,
}: {
  items: readonly T[];
  perTurn: number | undefined;
  renderItem: (item: T) => ReactNode;
}) {
  if (perTurn === undefined) return items.map(renderItem);
  return inTurns(items, perTurn).map((group, index) => (
    <Deferred key={index} ready={group.ready} render={() => group.items.map(renderItem)} />
  ));
}
