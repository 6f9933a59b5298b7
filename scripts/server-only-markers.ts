/**
 * Recognises the annotation engine's server-only dependencies in a JavaScript file by their data,
 * which survives minification and renaming: pinyin-pro carries ~19 000 tone-marked vowels,
 * OpenCC and CC-CEDICT hundreds of thousands of Han characters, CC-CEDICT as many numbered
 * syllables. Our own client code has a handful at most.
 */
const MARKERS: Array<{ name: string; pattern: RegExp; limit: number }> = [
  { name: 'pinyin data (pinyin-pro)', pattern: /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/g, limit: 1000 },
  { name: 'Han dictionary data (CC-CEDICT, OpenCC)', pattern: /[\u3400-\u9fff]/g, limit: 5000 },
  { name: 'numbered pinyin data (CC-CEDICT)', pattern: /\b[a-z]{1,6}[1-5]\b/g, limit: 5000 },
];

export function serverOnlyMarkers(source: string): string[] {
  return MARKERS.filter(({ pattern, limit }) => (source.match(pattern)?.length ?? 0) > limit).map(({ name }) => name);
}
