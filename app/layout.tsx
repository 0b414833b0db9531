import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { parseTheme, THEME_COOKIE } from './_lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tidemark', template: '%s · Tidemark' },
  description: 'Network configuration backup',
};

/**
 * Every page is rendered per request: the Content-Security-Policy allows only scripts that carry
 * that request's nonce (launcher/security-headers.ts), which a page built ahead of time cannot have.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme === 'system' ? undefined : theme}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
