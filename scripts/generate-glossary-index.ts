import { writeFileSync } from 'node:fs';
import { collectArticleTerms, serializeArticleTerms } from '../lib/glossary-index/collect';

const articles = await collectArticleTerms();
writeFileSync(
  new URL('../lib/glossary-index/article-terms.generated.json', import.meta.url),
  serializeArticleTerms(articles),
);
console.log(
  `wrote lib/glossary-index/article-terms.generated.json (${articles.length} articles, ${articles.reduce((n, a) => n + a.terms.length, 0)} terms)`,
);
