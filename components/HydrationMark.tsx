'use client';

import { useEffect } from 'react';

/**
 * Marks `<html data-hydrated>` once the page is interactive. Rendered last in the shell: React runs
 * effects in tree order, so by then every client component of the page has attached its handlers
 * (the reader's popovers, the glossary's search). Tests wait for it before they type or click, since
 * a click before hydration is lost (the person would click again; a test would fail).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
