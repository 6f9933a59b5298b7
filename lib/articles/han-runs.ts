const HAN_RUN = /\p{Script=Han}+/gu;

export interface TextRun {
  text: string;
  han: boolean;
}

/** Splits text into alternating non-Han and Han runs; the runs concatenate to the input. */
export function splitHanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), han: false });
    runs.push({ text: match[0], han: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}
