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
  }
`);

/** Every page behind the login: the navigation, and a redirect to /login for anonymous visitors. */
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
      <NavBar />
      <main className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6">{children}</main>
    </SessionProvider>
  );
}
