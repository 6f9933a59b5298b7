import { describe, expect, it } from 'vitest';
import { forgetText, MAX_MY_TEXTS, parseMyTexts, rememberText, serializeMyTexts } from '@/lib/texts/my-texts';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const OTHER = 'ZyXwVuTsRqPoNmLkJiHgFe';
const TOKEN = 'x'.repeat(43);
const at = (iso: string) => () => new Date(iso);

describe('my texts', () => {
  it('remembers a text with its manage link, newest first, and refreshes a known one in place', () => {
    let list = rememberText(
      [],
      { id: ID, title: '深圳', managePath: `/texts/${ID}/manage?token=${TOKEN}` },
      at('2026-12-01T10:00:00Z'),
    );
    list = rememberText(
      list,
      { id: OTHER, title: 'Zwei', managePath: `/texts/${OTHER}/manage?token=${TOKEN}` },
      at('2026-12-02T10:00:00Z'),
    );
    expect(list.map((t) => t.title)).toEqual(['Zwei', '深圳']);
    list = rememberText(
      list,
      { id: ID, title: '深圳经济', managePath: `/texts/${ID}/manage?token=${'y'.repeat(43)}` },
      at('2026-12-03T10:00:00Z'),
    );
    expect(list.map((t) => [t.title, t.managePath.slice(-3), t.addedAt])).toEqual([
      ['Zwei', 'xxx', '2026-12-02T10:00:00.000Z'],
      ['深圳经济', 'yyy', '2026-12-01T10:00:00.000Z'],
    ]);
    expect(forgetText(list, OTHER).map((t) => t.id)).toEqual([ID]);
  });

  it('refuses links that are not a manage link of that text', () => {
    for (const managePath of [
      `/texts/${OTHER}/manage?token=${TOKEN}`,
      `https://evil.example/texts/${ID}/manage?token=${TOKEN}`,
      `javascript:alert(1)//texts/${ID}/manage?token=${TOKEN}`,
      `/texts/${ID}/manage`,
    ]) {
      expect(rememberText([], { id: ID, title: 't', managePath })).toEqual([]);
    }
  });

  it('reads back what it wrote and drops what is damaged', () => {
    const list = rememberText(
      [],
      { id: ID, title: '  a\n title ', managePath: `/texts/${ID}/manage?token=${TOKEN}` },
      at('2026-12-01T10:00:00Z'),
    );
    expect(parseMyTexts(serializeMyTexts(list))).toEqual([
      {
        id: ID,
        title: 'a title',
        managePath: `/texts/${ID}/manage?token=${TOKEN}`,
        addedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
    const damaged = JSON.stringify({ texts: [{ id: 'short', managePath: '/x' }, 42, null, list[0], list[0]] });
    expect(parseMyTexts(damaged)).toHaveLength(1);
    expect(parseMyTexts('not json')).toEqual([]);
    expect(parseMyTexts(null)).toEqual([]);
    const many = Array.from({ length: MAX_MY_TEXTS + 5 }, (_, i) => ({
      ...list[0],
      id: `${String(i).padStart(6, '0')}${ID.slice(6)}`,
      managePath: `/texts/${String(i).padStart(6, '0')}${ID.slice(6)}/manage?token=${TOKEN}`,
    }));
    expect(parseMyTexts(JSON.stringify({ texts: many }))).toHaveLength(MAX_MY_TEXTS);
  });
});
