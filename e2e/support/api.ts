import { request, type APIRequestContext } from '@playwright/test';
import { adminPassword, adminUsername, baseURL } from './stack';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export async function postGraphQL<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
  const response = await api.post('/api/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** Like postGraphQL, for steps that set up a test and must not fail. */
export async function mustGraphQL<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await postGraphQL<T>(api, query, variables);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** An API client holding an admin session cookie; dispose it when done. */
export async function adminApi(): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  await mustGraphQL(api, 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', { u: adminUsername, p: adminPassword });
  return api;
}

export async function deviceCount(api: APIRequestContext, search: string): Promise<number> {
  const data = await mustGraphQL<{ devices: { totalCount: number } }>(api, 'query Count($s: String) { devices(search: $s) { totalCount } }', { s: search });
  return data.devices.totalCount;
}
