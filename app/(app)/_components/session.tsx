'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../_gql';
import type { SessionUserFragment } from '../../_gql/graphql';
import { rolePermissions, type RolePermissions } from '../../_lib/types';

const sessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    username
    role
  }
`);

interface Session {
  user: SessionUserFragment;
  can: RolePermissions;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ user: userRef, children }: { user: FragmentType<typeof sessionUserFragment>; children: ReactNode }) {
  const user = getFragmentData(sessionUserFragment, userRef);
  return <SessionContext.Provider value={{ user, can: rolePermissions[user.role] }}>{children}</SessionContext.Provider>;
}

/** The logged-in user; only pages inside the (app) shell, which waits for `me`, may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the (app) shell');
  return session;
}
