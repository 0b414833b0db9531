'use client';

import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../_components/states';
import { graphql } from '../../_gql';
import { useQuery } from '../../_lib/use-query';
import { NavBar } from './nav-bar';
import { SessionProvider } from './session';

const meQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
    version
  }
`);

/**
 * Every page behind the login: a skip link to the page's content, the navigation, the footer with
 * the version, and a redirect to /login for anonymous visitors.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { data, error, loading, reload } = useQuery(meQuery);
  const anonymous = data !== null && data.me === null;

  useEffect(() => {
    if (anonymous) router.replace('/login');
  }, [anonymous, router]);

  if (error && error.code !== 'UNAUTHENTICATED') {
    return (
      <main className="mx-auto max-w-xl p-6">
        <ErrorState message={error.message} onRetry={reload} />
      </main>
    );
  }
  if (loading || !data?.me) return <LoadingState />;

  return (
    <SessionProvider user={data.me}>
      <a
        href="#content"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-sky-900 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <NavBar />
      <main id="content" tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
      <footer className="mx-auto w-full max-w-7xl px-4 pb-6 text-xs text-slate-500 sm:px-6">
        Tidemark {data.version}
      </footer>
    </SessionProvider>
  );
}
