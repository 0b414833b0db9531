'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { SelectField, TextField, inlineControlClass } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import type { UsersQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { rolePermissions, type Role } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';

const usersQuery = graphql(`
  query Users {
    users {
      id
      username
      role
      createdAt
    }
  }
`);

const updateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
    }
  }
`);

const deleteUserMutation = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);

const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

type User = UsersQuery['users'][number];
const roles = Object.keys(rolePermissions) as Role[];

export function UserList() {
  const { user: me, can } = useSession();
  const { data, error, reload } = useQuery(usersQuery);
  const [deleting, setDeleting] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [roleError, setRoleError] = useState<string | null>(null);
  const users = data?.users;

  if (!can.administer) return <EmptyState title="Users are managed by admins" />;

  const changeRole = async (user: User, role: Role) => {
    setRoleError(null);
    try {
      await request(updateUserMutation, { id: user.id, input: { role } });
      reload();
    } catch (err) {
      setRoleError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <h2 className="mb-3 text-base font-semibold text-slate-900">Users</h2>
      <div className="mb-3">
        <FormError message={roleError} />
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !users && <LoadingState label="Loading users…" />}
      {users?.length === 0 && <EmptyState title="No users" />}
      {users && users.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Username</th>
              <th scope="col" className={headerCell}>Role</th>
              <th scope="col" className={headerCell}>Created</th>
              <th scope="col" className={headerCell}>
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {user.username}
                {user.id === me.id && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
              </th>
              <td className={cell}>
                <label htmlFor={`role-${user.id}`} className="sr-only">
                  Role of {user.username}
                </label>
                <select id={`role-${user.id}`} className={inlineControlClass} value={user.role} disabled={user.id === me.id} onChange={(e) => changeRole(user, e.target.value as Role)}>
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {rolePermissions[role].label}
                    </option>
                  ))}
                </select>
              </td>
              <td className={`${cell} text-xs`}>
                <Time value={user.createdAt} />
              </td>
              <td className={`${cell} text-right whitespace-nowrap`}>
                {user.id !== me.id && (
                  <>
                    <Button variant="ghost" onClick={() => setResetting(user)} aria-label={`Reset the password of ${user.username}`}>
                      Reset password
                    </Button>
                    <Button variant="ghostDanger" onClick={() => setDeleting(user)} aria-label={`Delete ${user.username}`}>
                      Delete
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
      <AddUser onAdded={reload} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete user"
        message={`Delete ${deleting?.username ?? ''}? Their sessions and API tokens stop working.`}
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        onConfirm={async () => {
          if (!deleting) return;
          await request(deleteUserMutation, { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

const schema = z.object({
  username: z.string().trim().min(1, 'Enter a username.'),
  password: z.string().min(8, 'At least 8 characters.'),
  role: z.enum(['VIEWER', 'OPERATOR', 'ADMIN']),
});
const fields = Object.keys(schema.shape);
const empty = { username: '', password: '', role: 'VIEWER' as Role };

function AddUser({ onAdded }: { onAdded: () => void }) {
  const [values, setValues] = useState(empty);
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: (input) => request(createUserMutation, { input }),
    onSuccess: () => {
      setValues(empty);
      onAdded();
    },
  });
  const set = (field: keyof typeof empty, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearFieldError(field);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(values);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-xl">
      <FormSection title="Add user">
        <FormError message={formError} />
        <TextField id="username" label="Username" required autoComplete="off" value={values.username} error={fieldErrors.username} onChange={(e) => set('username', e.target.value)} />
        <TextField id="password" label="Password" type="password" required autoComplete="new-password" hint="At least 8 characters." value={values.password} error={fieldErrors.password} onChange={(e) => set('password', e.target.value)} />
        <SelectField id="role" label="Role" value={values.role} error={fieldErrors.role} onChange={(e) => set('role', e.target.value)}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {rolePermissions[role].label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Adding…' : 'Add user'}
        </Button>
      </FormSection>
    </form>
  );
}

const resetSchema = z.object({ password: z.string().min(8, 'At least 8 characters.') });
const resetFields = ['password'];

/** An admin sets a new password for someone who lost theirs; their browser sessions end. */
function ResetPasswordDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema: resetSchema,
    fields: resetFields,
    send: (input) => request(updateUserMutation, { id: user!.id, input: { password: input.password } }),
    onSuccess: () => {
      setDone(user?.username ?? null);
      setPassword('');
    },
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (user && !dialog.open) {
      setPassword('');
      setDone(null);
      dialog.showModal();
    }
    if (!user && dialog.open) dialog.close();
  }, [user]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({ password });
  };
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="reset-password-title" className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40">
      <form onSubmit={onSubmit} noValidate>
        <h2 id="reset-password-title" className="mb-3 text-base font-semibold text-slate-900">
          Reset the password of {user?.username}
        </h2>
        <FormError message={formError} />
        {done ? (
          <p role="status" className="mb-4 text-sm text-emerald-700">
            {done} can now sign in with the new password; their browser sessions were ended.
          </p>
        ) : (
          <TextField
            id="reset-password"
            label="New password"
            type="password"
            required
            autoComplete="new-password"
            hint="At least 8 characters. Tell it to them another way; they can change it under My account."
            value={password}
            error={fieldErrors.password}
            onChange={(e) => {
              setPassword(e.target.value);
              clearFieldError('password');
            }}
          />
        )}
        <div className="mt-4 flex justify-end gap-2">
          <Button onClick={onClose}>{done ? 'Close' : 'Cancel'}</Button>
          {!done && (
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? 'Setting…' : 'Set password'}
            </Button>
          )}
        </div>
      </form>
    </dialog>
  );
}
