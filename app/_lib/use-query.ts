'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../_gql/graphql';
import { GraphQLRequestError, request, type VariablesOf } from './graphql';

export interface QueryState<T> {
  data: T | null;
  error: GraphQLRequestError | null;
  /** True while a request is out; `data` keeps the previous result meanwhile. */
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; an expired session sends the user to the login page. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): QueryState<TResult> {
  const router = useRouter();
  const [data, setData] = useState<TResult | null>(null);
  const [error, setError] = useState<GraphQLRequestError | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // Callers pass object literals; comparing them by value avoids a request on every render.
  const variablesKey = JSON.stringify(variables ?? {});

  useEffect(() => {
    let current = true;
    setLoading(true);
    // The caller's variables, read back from their key so the effect depends on their value only.
    request(document, ...([JSON.parse(variablesKey)] as VariablesOf<TVariables>)).then(
      (result) => {
        if (!current) return;
        setData(result);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        const failure = err instanceof GraphQLRequestError ? err : new GraphQLRequestError(String(err), 'UNKNOWN');
        if (failure.code === 'UNAUTHENTICATED') router.replace('/login');
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [document, variablesKey, generation, router]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
