'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { graphql, GraphQLRequestError } from './graphql';

export interface QueryState<T> {
  data: T | null;
  error: GraphQLRequestError | null;
  /** True while a request is out; `data` keeps the previous result meanwhile. */
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; an expired session sends the user to the login page. */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}): QueryState<T> {
  const router = useRouter();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<GraphQLRequestError | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // Callers pass object literals; comparing them by value avoids a request on every render.
  const variablesKey = JSON.stringify(variables);

  useEffect(() => {
    let current = true;
    setLoading(true);
    graphql<T>(query, JSON.parse(variablesKey) as Record<string, unknown>).then(
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
  }, [query, variablesKey, generation, router]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
