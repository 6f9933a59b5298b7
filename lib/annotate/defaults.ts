/** Tunables of the annotation engine in one place. */
export const DEFAULTS = {
  /**
   * Words that may stand between "(" and the hanzi, or before a romanization, in German and
   * English texts: "(chinesisch 曾国藩, Pinyin Zēng Guófān)". Regex source, longest first.
   */
  romanizationLabels: [
    'vereinfachtes Chinesisch',
    'traditionelles Chinesisch',
    'Hanyu Pinyin',
    'chinesisch',
    'Chinesisch',
    'chinese',
    'Chinese',
    'vereinfacht',
    'traditionell',
    'Pinyin',
    'pinyin',
    'chin\\.',
    'zh\\.',
    'kurz',
  ],
  /** Maximal words of a Latin name in front of "(汉字)". */
  maxNameWords: 4,
  /** Genitive and possessive endings an alias may carry: "Xiaomis", "Xiaomi's". */
  aliasSuffixes: ['s', "'s", '’s'],
} as const;

export type Defaults = typeof DEFAULTS;
