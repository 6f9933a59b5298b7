/** From an annotated article to what the glossary needs: its terms, counts and example sentences. */
import type { TermSummary } from '../annotate';
import type { AnnotatedArticle } from '../articles/annotated';
import { mentionTermId, type AnnotatedLine } from '../annotated-lines';
import { sentenceAround } from '../sentences';
import type { ArticleTerm, ArticleTerms, ExampleSentence, TextPart } from './types';

interface PlacedMention {
  termId: string;
  occurrence: number;
  start: number;
  end: number;
}

function placeMentions(line: AnnotatedLine): { text: string; mentions: PlacedMention[] } {
  let text = '';
  const mentions: PlacedMention[] = [];
  for (const segment of line) {
    if (segment.type !== 'plain') {
      mentions.push({
        termId: mentionTermId(segment),
        occurrence: segment.occurrence,
        start: text.length,
        end: text.length + segment.text.length,
      });
    }
    text += segment.text;
  }
  return { text, mentions };
}

/** A sentence that is all in brackets is a credit such as "(Quelle: Xiaomi)", not an example. */
const isBracketed = (sentence: string) => /^\([^()]*\)$/u.test(sentence);

/** One example per sentence of `text` that mentions the term, every mention in it marked. */
function examplesIn(text: string, mentions: readonly PlacedMention[]): ExampleSentence[] {
  const bySentence = new Map<string, { start: number; end: number; mentions: PlacedMention[] }>();
  for (const mention of mentions) {
    const range = sentenceAround(text, mention.start, mention.end);
    const key = `${range.start}:${range.end}`;
    const sentence = bySentence.get(key) ?? { ...range, mentions: [] };
    sentence.mentions.push(mention);
    bySentence.set(key, sentence);
  }
  const sentences = [...bySentence.values()].filter(({ start, end }) => !isBracketed(text.slice(start, end)));
  return sentences.map(({ start, end, mentions: inSentence }) => {
    const parts: TextPart[] = [];
    let at = start;
    for (const mention of inSentence) {
      if (mention.start > at) parts.push({ text: text.slice(at, mention.start) });
      parts.push({ text: text.slice(mention.start, mention.end), term: true });
      at = mention.end;
    }
    if (end > at) parts.push({ text: text.slice(at, end) });
    return { mention: inSentence[0]!.occurrence, parts };
  });
}

function articleTerm(summary: TermSummary, use: ArticleTerm['use']): ArticleTerm {
  return {
    id: summary.id,
    ...(summary.traditional && summary.traditional !== summary.simplified ? { traditional: summary.traditional } : {}),
    syllables: summary.syllables,
    kind: summary.kind,
    meanings: summary.meanings,
    aliases: summary.aliases,
    use,
  };
}

/** The article's terms in order of first appearance, each with its example sentences in reading order. */
export function articleTermsOf(slug: string, title: string, annotated: AnnotatedArticle): ArticleTerms {
  // Examples come from the prose: the headline and subheadings are not sentences.
  const prose = [
    annotated.lead,
    ...annotated.blocks.filter((block) => block.type !== 'heading').map((block) => block.segments),
  ];
  const lines = prose.map(placeMentions);
  const terms = annotated.terms.map((summary) => {
    const examples = lines.flatMap(({ text, mentions }) => {
      const own = mentions.filter((mention) => mention.termId === summary.id);
      return own.length > 0 ? examplesIn(text, own) : [];
    });
    const firstMention = annotated.firstMention.get(summary.id) ?? examples[0]?.mention ?? 0;
    return articleTerm(summary, { slug, title, count: summary.count, firstMention, examples });
  });
  return { slug, terms };
}
