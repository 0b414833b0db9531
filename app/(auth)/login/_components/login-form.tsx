'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '../../../_components/button';
import { TextField } from '../../../_components/field';
import { FormError } from '../../../_components/form-parts';
import { graphql } from '../../../_gql';
import { request } from '../../../_lib/graphql';
import { useValidatedSubmit } from '../../../_lib/use-validated-submit';

const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      id
    }
  }
`);

const loggedInQuery = graphql(`
  query LoggedIn {
    me {
      id
    }
  }
`);

const schema = z.object({
  username: z.string().trim().min(1, 'Enter your username.'),
  password: z.string().min(1, 'Enter your password.'),
});

const fields = ['username', 'password'] as const;

export function LoginForm() {
  const router = useRouter();
  const [values, setValues] = useState({ username: '', password: '' });
  const { submit, pending, fieldErrors, formError } = useValidatedSubmit({
    schema,
    fields,
    send: (input) => request(loginMutation, input),
    onSuccess: () => router.replace('/dashboard'),
  });

  // Someone still logged in (a bookmark, the back button) has nothing to do here.
  useEffect(() => {
    request(loggedInQuery).then(
      ({ me }) => {
        if (me) router.replace('/dashboard');
      },
      () => undefined,
    );
  }, [router]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(values);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Log in</h1>
      <FormError message={formError} />
      <TextField
        id="username"
        label="Username"
        autoComplete="username"
        autoFocus
        value={values.username}
        error={fieldErrors.username}
        onChange={(e) => setValues({ ...values, username: e.target.value })}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        error={fieldErrors.password}
        onChange={(e) => setValues({ ...values, password: e.target.value })}
      />
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? 'Logging in…' : 'Log in'}
      </Button>
    </form>
  );
}
