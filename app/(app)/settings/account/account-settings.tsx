'use client';

import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '../../../_components/button';
import { TextField } from '../../../_components/field';
import { FormError, FormSection } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { graphql } from '../../../_gql';
import { request } from '../../../_lib/graphql';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';
import { useSession } from '../../_components/session';
import { SettingsNav } from '../../_components/settings-nav';
import { ThemeChoice } from '../../_components/theme-toggle';

const changeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      id
    }
  }
`);

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: z.string().min(8, 'At least 8 characters.'),
    repeatPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.repeatPassword, { path: ['repeatPassword'], message: 'The two new passwords differ.' });
const fields = ['currentPassword', 'newPassword', 'repeatPassword'];
const empty = { currentPassword: '', newPassword: '', repeatPassword: '' };

/** What every signed-in user may change about themselves: their password and the theme. */
export function AccountSettings() {
  const { user, can } = useSession();
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <h2 className="mb-1 text-base font-semibold text-slate-900">My account</h2>
      <p className="mb-4 text-sm text-slate-600">
        Signed in as <span className="font-medium text-slate-900">{user.username}</span> ({can.label}).
      </p>
      <ChangePassword />
      <div className="mt-6 max-w-xl">
        <FormSection title="Appearance">
          <ThemeChoice />
        </FormSection>
      </div>
    </>
  );
}

function ChangePassword() {
  const [values, setValues] = useState(empty);
  const [done, setDone] = useState(false);
  const { submit, pending, fieldErrors, formError, clearFieldError } = useValidatedSubmit({
    schema,
    fields,
    send: ({ currentPassword, newPassword }) => request(changeOwnPasswordMutation, { input: { currentPassword, newPassword } }),
    onSuccess: () => {
      setValues(empty);
      setDone(true);
    },
  });
  const set = (field: keyof typeof empty, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDone(false);
    clearFieldError(field);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(values);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <FormSection title="Change password">
        <FormError message={formError} />
        <TextField id="currentPassword" label="Current password" type="password" required autoComplete="current-password" value={values.currentPassword} error={fieldErrors.currentPassword} onChange={(e) => set('currentPassword', e.target.value)} />
        <TextField id="newPassword" label="New password" type="password" required autoComplete="new-password" hint="At least 8 characters. Your other browser sessions are signed out." value={values.newPassword} error={fieldErrors.newPassword} onChange={(e) => set('newPassword', e.target.value)} />
        <TextField id="repeatPassword" label="New password again" type="password" required autoComplete="new-password" value={values.repeatPassword} error={fieldErrors.repeatPassword} onChange={(e) => set('repeatPassword', e.target.value)} />
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? 'Changing…' : 'Change password'}
          </Button>
          {done && (
            <p role="status" className="text-sm text-emerald-700">
              Password changed.
            </p>
          )}
        </div>
      </FormSection>
    </form>
  );
}
