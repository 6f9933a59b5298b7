import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';

/**
 * A server-side failure shows the error boundary in the reader's language, inside the site's
 * chrome (header, language switcher). Provoked for real: a stored text whose annotation is
 * corrupted in the database the test server uses (SQLite under ./data, as `next start` there).
 */
const DATABASE = path.join(process.env.DATA_DIR || 'data', 'texts.sqlite');

for (const [locale, heading, retry, navName] of [
  ['de', 'Etwas ist schiefgelaufen', 'Erneut versuchen', 'Sprache wählen'],
  ['en', 'Something went wrong', 'Try again', 'Choose language'],
  ['zh', '出错了', '重试', '选择语言'],
] as const) {
  test(`a failing page shows the error page in ${locale} with header and language switcher`, async ({
    page,
    request,
  }) => {
    test.skip(!!process.env.DATABASE_URL, 'the test server stores texts in PostgreSQL');
    const created = await request.post('/api/texts', {
      data: { text: 'Der Gründer von 华为 ist 任正非.' },
      headers: { 'x-forwarded-for': `198.51.100.${locale.charCodeAt(0)}` },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const db = new Database(DATABASE);
    try {
      expect(db.prepare('UPDATE texts SET annotation = ? WHERE id = ?').run('{corrupt', id).changes).toBe(1);
    } finally {
      db.close();
    }

    const response = await page.goto(`/${locale}/texts/${id}`);
    expect(response?.status()).toBe(500);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('button', { name: retry })).toBeVisible();
    const switcher = page.getByRole('navigation', { name: navName });
    await expect(
      switcher.getByRole('link', { name: { de: 'Deutsch', en: 'English', zh: '中文' }[locale] }),
    ).toHaveAttribute('aria-current', 'page');
  });
}
