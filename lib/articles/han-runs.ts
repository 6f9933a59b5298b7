import { findHanRuns } from '../annotate';

interface TextRun {
  text: string;
  han: boolean;
}

/** Splits text into alternating non-Han and Han runs (the engine's notion of Han); the runs concatenate to the input. */
export function splitHanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const { start, end } of findHanRuns(text)) {
    if (start > last) runs.push({ text: text.slice(last, start), han: false });
    runs.push({ text: text.slice(start, end), han: true });
    last = end;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}
