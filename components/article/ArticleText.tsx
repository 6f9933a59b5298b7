import { splitHanRuns } from '@/lib/articles/han-runs';

/** German text with every Chinese run marked as Chinese, so screen readers and fonts switch language. */
export function ArticleText({ text }: { text: string }) {
  return (
    <>
      {splitHanRuns(text).map((run, index) =>
        run.han ? (
          <span key={index} lang="zh-Hans">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
