/**
 * Characters that traditional text writes for a simplified aspect particle but that the
 * traditional → simplified conversion keeps, because they are also simplified characters of
 * their own: 著 is zhù in 著名 and 著作 in both scripts, and the particle zhe (看著 = 看着) only in
 * traditional text. Source: CC-CEDICT lists traditional 著 as simplified 着 zhe5 "aspect particle".
 */
export const TRADITIONAL_PARTICLES: ReadonlyMap<string, string> = new Map([['著', '着']]);
