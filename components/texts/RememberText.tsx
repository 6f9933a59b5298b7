'use client';

import { useEffect } from 'react';
import { browserStorage } from '@/lib/browser-storage';
import { MY_TEXTS_KEY, parseMyTexts, rememberText, serializeMyTexts } from '@/lib/texts/my-texts';

/** Keeps this text's manage link in "My texts" (this browser's list); renders nothing. */
export function RememberText({ id, title, managePath }: { id: string; title: string; managePath: string }) {
  useEffect(() => {
    try {
      const storage = browserStorage();
      if (!storage) return;
      storage.setItem(
        MY_TEXTS_KEY,
        serializeMyTexts(rememberText(parseMyTexts(storage.getItem(MY_TEXTS_KEY)), { id, title, managePath })),
      );
    } catch {
      // Storage full or refused: the link on the page is still there to copy.
    }
  }, [id, title, managePath]);
  return null;
}
