import { Link } from '@/i18n/navigation';
import { getArticle } from '@/lib/articles';
import type { ArticleTermUse } from '@/lib/glossary-index';

/** The sentences of the articles that mention the term, the mentions marked, each linked to its place in the article. */
export function ExampleSentences({
  uses,
  source,
}: {
  uses: readonly ArticleTermUse[];
  source: (title: string) => string;
}) {
  return (
    <ul className="mt-3 space-y-4">
      {uses.flatMap((use) =>
        use.examples.map((example) => (
          <li key={`${use.slug}-${example.mention}`}>
            <figure>
              <blockquote
                lang={getArticle(use.slug)?.meta.language}
                className="border-l-4 border-stone-300 pl-4 font-serif text-lg dark:border-stone-700"
              >
                {example.parts.map((part, index) =>
                  part.term ? (
                    <mark key={index} className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </blockquote>
              <figcaption className="mt-1 pl-5 text-sm">
                <Link
                  href={`/articles/${use.slug}#mention-${example.mention}`}
                  className="underline underline-offset-2"
                >
                  {source(use.title)}
                </Link>
              </figcaption>
            </figure>
          </li>
        )),
      )}
    </ul>
  );
}
