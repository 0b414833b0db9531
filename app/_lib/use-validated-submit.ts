'use client';

import { useCallback, useState } from 'react';
import { config, type z } from 'zod';
import { GraphQLRequestError, messageWithoutField } from './graphql';

// Zod probes `new Function` when a schema is built, to parse faster; the Content-Security-Policy
// (no 'unsafe-eval') reports that probe as a violation. Every form imports this module before it
// builds its schema, so the probe never runs.
config({ jitless: true });

/** Messages keyed by the GraphQL input field they belong to (`host`, `credentialSetIds`, …). */
export type FieldErrors = Partial<Record<string, string>>;

export interface ValidatedSubmit<Values> {
  submit: (values: Values) => Promise<void>;
  pending: boolean;
  fieldErrors: FieldErrors;
  /** A refusal that names no field, e.g. FORBIDDEN or a lost connection. */
  formError: string | null;
  clearFieldError: (field: string) => void;
}

/**
 * Every form goes through here: the schema checks what can be checked in the browser, then `send`
 * runs the mutation, and a BAD_USER_INPUT refusal lands beside the field the server named. The
 * form's own state is never reset, so a refused form keeps what was typed.
 */
export function useValidatedSubmit<Schema extends z.ZodType, Values>({
  schema,
  fields,
  send,
  onSuccess,
}: {
  schema: Schema;
  /** The fields the form shows; an error for any other field is shown for the whole form. */
  fields: readonly string[];
  send: (input: z.output<Schema>) => Promise<unknown>;
  onSuccess: () => void;
}): ValidatedSubmit<Values> {
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = useCallback(
    async (values: Values) => {
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const errors: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          errors[field] ??= issue.message;
        }
        setFieldErrors(errors);
        setFormError(null);
        return;
      }
      setPending(true);
      setFieldErrors({});
      setFormError(null);
      try {
        await send(parsed.data);
        onSuccess();
      } catch (err) {
        const field = err instanceof GraphQLRequestError && err.code === 'BAD_USER_INPUT' ? err.field?.split('.')[0] : undefined;
        if (err instanceof GraphQLRequestError && field && fields.includes(field)) {
          // A part of a field (`options.paths`) is named beside its field's message.
          const part = err.field!.slice(field.length + 1);
          setFieldErrors({ [field]: part ? `${part}: ${messageWithoutField(err)}` : messageWithoutField(err) });
        } else {
          setFormError(err instanceof Error ? err.message : String(err));
        }
      } finally {
        setPending(false);
      }
    },
    [schema, fields, send, onSuccess],
  );

  const clearFieldError = useCallback((field: string) => {
    setFieldErrors((errors) => {
      if (!(field in errors)) return errors;
      const { [field]: _removed, ...rest } = errors;
      return rest;
    });
  }, []);

  return { submit, pending, fieldErrors, formError, clearFieldError };
}
