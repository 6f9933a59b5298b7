/** HSK levels of headwords, compiled into the lexicon's `hsk` section (see ./format). */
import { splitChars } from '../han';
import { HSK_ESTIMATED } from './format';

/**
 * A headword's HSK byte (see HSK_ESTIMATED in ./format): the level of the HSK list that has it (a
 * word listed twice keeps its lowest level: that is where learners meet it); for a word the lists
 * lack, the highest level among its characters, each at the level of the first HSK word it
 * appears in (今年: 今 of 今天 and 年 are level 1), marked as estimated; 0 when a character is in
 * no HSK word.
 */
export function hskLevels(lists: readonly (readonly string[])[]): (word: string) => number {
  const listed = new Map<string, number>();
  const byCharacter = new Map<string, number>();
  lists.forEach((list, i) =>
    list.forEach((raw) => {
      const w = raw.trim();
      if (!listed.has(w)) listed.set(w, i + 1);
      for (const ch of splitChars(w)) if (!byCharacter.has(ch)) byCharacter.set(ch, i + 1);
    }),
  );
  return (word) => {
    const level = listed.get(word);
    if (level !== undefined) return level;
    let highest = 0;
    for (const ch of splitChars(word)) {
      const l = byCharacter.get(ch);
      if (l === undefined) return 0;
      highest = Math.max(highest, l);
    }
    return highest | HSK_ESTIMATED;
  };
}
