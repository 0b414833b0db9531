'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { rolePermissions, type RolePermissions, type User } from '../../_lib/types';

interface Session {
  user: User;
  can: RolePermissions;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ user, children }: { user: User; children: ReactNode }) {
  return <SessionContext.Provider value={{ user, can: rolePermissions[user.role] }}>{children}</SessionContext.Provider>;
}

/** The logged-in user; only pages inside the (app) shell, which waits for `me`, may call it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the (app) shell');
  return session;
}
