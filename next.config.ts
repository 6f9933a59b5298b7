import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { distDir } from './lib/config/schema';
import { DATA_CSP, SECURITY_HEADERS } from './lib/server/security-headers';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    // The catalogs are compiled at build time (icu-minify): the browser formats them without an ICU
    // parser. So every message must be valid ICU (tests/unit/messages.test.ts), and `t.raw` would
    // return the compiled form: client components format with useTranslations instead.
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

const nextConfig: NextConfig = {
  // Parallel builds on one machine (e.g. several work trees) can each have their own output folder.
  distDir: distDir(process.env),
  poweredByHeader: false,
  // Next's own redirect runs before any header is set; proxy.ts redirects with the security headers.
  skipTrailingSlashRedirect: true,
  // The annotation engine's sources (CC-CEDICT, word lists, pinyin-pro, OpenCC; compiled into the
  // lexicon at build time, see lib/annotate/lexicon) stay in Node on the server:
  // never bundled, never shipped to the browser.
  serverExternalPackages: ['cc-cedict', '@pinyin-pro/data', 'pinyin-pro', 'opencc-js', 'better-sqlite3', 'pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
      {
        // Pages get their script policy from proxy.ts (hashes or nonce); API answers are data only.
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: DATA_CSP }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
