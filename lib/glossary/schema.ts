/** Shape of one curated glossary entry in terms.json, checked with zod. */
import { z } from 'zod';
import { hanLengthAt, parseNumberedReading, splitChars, TERM_KINDS } from '../annotate';

function isHanOnly(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const len = hanLengthAt(s, i);
    if (len === 0) return false;
    i += len;
  }
  return s.length > 0;
}

const localized = z.object({
  de: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});

export const GlossaryEntrySchema = z
  .object({
    simplified: z.string().refine(isHanOnly, 'must be Han characters only'),
    traditional: z.string().refine(isHanOnly, 'must be Han characters only').optional(),
    pinyin: z.string().min(1),
    kind: z.enum(TERM_KINDS),
    aliases: z.array(z.string().trim().min(1)).default([]),
    meanings: localized.default({}),
    notes: localized.optional(),
  })
  .superRefine((e, ctx) => {
    // Counting characters of a non-Han headword would only repeat the error above.
    if (!isHanOnly(e.simplified)) return;
    const chars = splitChars(e.simplified).length;
    const reading = parseNumberedReading(e.pinyin);
    if (!reading) {
      ctx.addIssue({ code: 'custom', path: ['pinyin'], message: `not numbered pinyin: "${e.pinyin}"` });
    } else if (reading.length !== chars) {
      ctx.addIssue({
        code: 'custom',
        path: ['pinyin'],
        message: `${reading.length} syllables for ${chars} characters`,
      });
    }
    if (e.traditional !== undefined && splitChars(e.traditional).length !== chars) {
      ctx.addIssue({ code: 'custom', path: ['traditional'], message: 'not as many characters as simplified' });
    }
  });
