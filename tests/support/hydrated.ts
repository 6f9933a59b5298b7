import { expect, type Page } from '@playwright/test';

/** Waits until the page's client components have attached their handlers (components/HydrationMark). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 30_000 });
}
