import { Link } from '@/i18n/navigation';
import { htmlLang } from '@/i18n/routing';
import { getArticle } from '@/lib/articles';
import type { ArticleTermUse } from '@/lib/glossary-index';
import type { GlossaryLabels } from './labels';

type Labels = Pick<GlossaryLabels, 'locale' | 'firstOccurrence' | 'occurrences'>;

/** The article's title (in its own language), linked to the term's first mention in it, and the number of mentions. */
function ArticleUse({ use, labels }: { use: ArticleTermUse; labels: Labels }) {
  return (
    <>
      <Link
        href={`/articles/${use.slug}#mention-${use.firstMention}`}
        className="underline underline-offset-2"
        lang={getArticle(use.slug)?.meta.language}
      >
        {use.title}
        <span className="sr-only" lang={htmlLang[labels.locale]}>
          {' '}
          {labels.firstOccurrence}
        </span>
      </Link>{' '}
      {labels.occurrences(use.count)}
    </>
  );
}

/** The articles a term appears in: a bulleted list, or `inline` one after the other (inside a sentence). */
export function ArticleUses({
  uses,
  labels,
  inline = false,
}: {
  uses: readonly ArticleTermUse[];
  labels: Labels;
  inline?: boolean;
}) {
  if (inline) {
    return uses.map((use, index) => (
      <span key={use.slug}>
        {index > 0 && ' · '}
        <ArticleUse use={use} labels={labels} />
      </span>
    ));
  }
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5">
      {uses.map((use) => (
        <li key={use.slug}>
          <ArticleUse use={use} labels={labels} />
        </li>
      ))}
    </ul>
  );
}
