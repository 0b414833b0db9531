import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
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
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
