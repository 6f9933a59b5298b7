import type { ExampleSentence } from './types';

/** The example sentence as plain text, the mentions no longer marked (what a saved word keeps). */
export function exampleText(example: ExampleSentence): string {
  return example.parts.map((part) => part.text).join('');
}
