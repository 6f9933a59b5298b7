/**
 * Turns a plain-text article (as pasted from a news page) into its structure.
 * Convention of such texts: line 1 is the title, line 2 the lead, then paragraphs; a short line
 * without closing punctuation is a sub-heading, a line ending in "(Quelle: …)" is a photo caption,
 * and a trailing run of such short lines is the page's teaser list, not part of the article.
 */

export type ArticleBlock =
  { type: 'paragraph'; text: string } | { type: 'heading'; text: string } | { type: 'figure'; caption: string };

export interface ParsedArticle {
  title: string;
  lead: string;
  blocks: ArticleBlock[];
  /** Unrelated headlines the source page listed below the article. */
  moreHeadlines: string[];
}

const CAPTION = /\((?:Quelle|Bild|Foto|Source|Photo):[^)]*\)$/;
const CLOSING_PUNCTUATION = /[.!?:;…"“”»«)]$/;

function isCaption(line: string): boolean {
  return CAPTION.test(line);
}

function isHeadingLike(line: string): boolean {
  return !isCaption(line) && !CLOSING_PUNCTUATION.test(line);
}

export function parseArticleText(text: string): ParsedArticle {
  const lines = text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [title = '', lead = '', ...rest] = lines;

  let teaserStart = rest.length;
  while (teaserStart > 0 && isHeadingLike(rest[teaserStart - 1]!)) teaserStart--;
  // One heading-like last line is a closing sub-heading at most, not a teaser list.
  if (rest.length - teaserStart < 2) teaserStart = rest.length;

  const blocks = rest.slice(0, teaserStart).map((line): ArticleBlock => {
    if (isCaption(line)) return { type: 'figure', caption: line };
    if (isHeadingLike(line)) return { type: 'heading', text: line };
    return { type: 'paragraph', text: line };
  });

  return { title, lead, blocks, moreHeadlines: rest.slice(teaserStart) };
}
