/**
 * Aspect particles of traditional text that the simplifier leaves alone (看著, 說著話): read as
 * their simplified form (着 zhe) where they stand alone after a verb in a run that is not
 * simplified text. Inside a dictionary word (著名, 著作, 走著瞧) the segmentation has already
 * decided, so only lone characters are touched.
 */
import { TRADITIONAL_PARTICLES } from './particles';

interface ParticleTests {
  /** Has an ordinary dictionary entry that is a verb ("to see"). */
  isVerb(word: string): boolean;
  /** A character only simplified text uses (说, 们): then the run is not traditional. */
  isSimplifiedOnly(ch: string): boolean;
}

/**
 * `simp` (the run's simplified characters, segmented into words of `lengths`) with each lone
 * particle after a verb replaced by the character it stands for; `simp` itself when none is.
 * `written` are the characters as written: 說著話 is traditional although 说 is not.
 */
export function readParticles(
  simp: readonly string[],
  lengths: readonly number[],
  written: readonly string[],
  tests: ParticleTests,
): readonly string[] {
  if (!hasParticle(simp)) return simp;
  if (written.some((c) => tests.isSimplifiedOnly(c))) return simp;
  let out: string[] | null = null;
  let previous: string | null = null;
  let at = 0;
  for (const len of lengths) {
    const particle = len === 1 ? TRADITIONAL_PARTICLES.get(simp[at] ?? '') : undefined;
    if (particle !== undefined && previous !== null && tests.isVerb(previous)) {
      out ??= simp.slice();
      out[at] = particle;
    }
    previous = simp.slice(at, at + len).join('');
    at += len;
  }
  return out ?? simp;
}

/** One native scan per particle (there is one), not a Map lookup per character: this runs for every run. */
function hasParticle(chars: readonly string[]): boolean {
  for (const particle of TRADITIONAL_PARTICLES.keys()) if (chars.includes(particle)) return true;
  return false;
}
