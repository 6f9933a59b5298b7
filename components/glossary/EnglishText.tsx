/**
 * English dictionary text (CC-CEDICT's glosses) in any UI: marked lang="en"; in a German or
 * Chinese UI the stylesheet labels it with a small "EN" (app/globals.css, for every meaning in
 * another language than the page), so English is never presented as the reader's language.
 */
export function EnglishText({ text, className = '' }: { text: string; className?: string }) {
  return (
    <span lang="en" className={`meaning-text ${className}`.trim()}>
      {text}
    </span>
  );
}
