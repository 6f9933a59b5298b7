/**
 * English dictionary text (CC-CEDICT's glosses) in any UI: marked lang="en" and, in a German or
 * Chinese UI, labelled with a small visible "EN" (read out as "English"), so English is never
 * presented as if it were the reader's language.
 */
export interface EnglishLabel {
  /** The UI is English: no label. */
  hidden: boolean;
  short: string;
  long: string;
}

export function EnglishText({ text, label, className }: { text: string; label: EnglishLabel; className?: string }) {
  return (
    <span className={className}>
      {!label.hidden && (
        <span className="en-label">
          <span aria-hidden="true">{label.short}</span>
          <span className="sr-only">{`${label.long}: `}</span>
        </span>
      )}
      <span lang="en">{text}</span>
    </span>
  );
}
