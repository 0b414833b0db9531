'use client';

import type { ReactNode } from 'react';
import { EmptyState } from '../../../_components/states';
import { useSession } from '../../_components/session';

/** Shows its form only to operators and admins; a viewer sees why instead of a form that is refused on submit. */
export function OperatorOnly({ what, children }: { what: string; children: ReactNode }) {
  const { can, user } = useSession();
  if (!can.editDevices) {
    return (
      <EmptyState title={`${what} needs the operator role`}>
        You are signed in as {user.username}, a viewer. An admin can change your role under Settings → Users.
      </EmptyState>
    );
  }
  return children;
}
