/** The voice the term page speaks with: Mandarin as spoken in mainland China first, then any Chinese. */
export function pickChineseVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)\b/i.test(v.lang));
}
