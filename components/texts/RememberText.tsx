'use client';

import { useEffect } from 'react';
import { browserStorage } from '@/lib/browser-storage';
import { readMyTexts, rememberText, writeMyTexts } from '@/lib/texts/my-texts';

/** Keeps this text's manage link in "My texts" (this browser's list); renders nothing. */
export function RememberText({ id, title, managePath }: { id: string; title: string; managePath: string }) {
  useEffect(() => {
    const storage = browserStorage();
    // Storage full or refused: the link on the page is still there to copy.
    writeMyTexts(storage, rememberText(readMyTexts(storage), { id, title, managePath }));
  }, [id, title, managePath]);
  return null;
}
