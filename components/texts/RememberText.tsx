'use client';

import { useEffect } from 'react';
import { browserStorage, readStored, writeStored } from '@/lib/browser-storage';
import { MY_TEXTS_CHANGED, MY_TEXTS_KEY, parseMyTexts, rememberText, serializeMyTexts } from '@/lib/texts/my-texts';

/** Keeps this text's manage link in "My texts" (this browser's list); renders nothing. */
export function RememberText({ id, title, managePath }: { id: string; title: string; managePath: string }) {
  useEffect(() => {
    const storage = browserStorage();
    const list = rememberText(parseMyTexts(readStored(storage, MY_TEXTS_KEY)), { id, title, managePath });
    // Storage full or refused: the link on the page is still there to copy.
    writeStored(storage, MY_TEXTS_KEY, serializeMyTexts(list), MY_TEXTS_CHANGED);
  }, [id, title, managePath]);
  return null;
}
