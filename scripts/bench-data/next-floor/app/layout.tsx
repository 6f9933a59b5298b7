/**
 * The control for `npm run bench:http`: a Next.js app with none of ours (no proxy, no i18n, no
 * reader), so the benchmark can show what `next start` itself costs per request. bench-http.ts
 * copies this folder to a temporary directory and builds it there.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
