import type { ReactNode } from 'react';
import './globals.css';

// `<html>` is rendered by app/[locale]/layout.tsx (and app/not-found.tsx), where the locale is known.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
