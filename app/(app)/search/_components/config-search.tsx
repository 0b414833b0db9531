'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../_components/button';
import { CheckboxField, SelectField, TextField } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import type { ConfigSearchQueryVariables, ConfigSearchScope } from '../../../_gql/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useCursorPages } from '../../_components/use-cursor-pages';
import { SearchResults } from './search-results';

/** The page size the query asks for (`first: 25` in configSearchQuery). */
const pageSize = 25;

const configSearchQuery = graphql(`
  query ConfigSearch(
    $query: String!
    $regex: Boolean
    $caseSensitive: Boolean
    $context: Int
    $filter: ConfigSearchFilter
    $scope: ConfigSearchScope
    $since: DateTime
    $until: DateTime
    $invert: Boolean
    $after: String
  ) {
    configSearch(
      query: $query
      regex: $regex
      caseSensitive: $caseSensitive
      context: $context
      filter: $filter
      scope: $scope
      since: $since
      until: $until
      invert: $invert
      # The page size is fixed here, within the API's limits: 25 devices of 10 versions of 100 lines.
      first: 25
      after: $after
    ) {
      totalCount
      searchedDevices
      searchedVersions
      pendingVersions
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SearchResultDevice
      }
    }
  }
`);

const platformsQuery = graphql(`
  query SearchPlatforms {
    backupMethods {
      key
      platform
      isBinary
    }
  }
`);

/** The search as the address keeps it: a search can be bookmarked, shared and returned to with Back. */
interface SearchState {
  q: string;
  regex: boolean;
  caseSensitive: boolean;
  invert: boolean;
  context: string;
  scope: ConfigSearchScope;
  since: string;
  until: string;
  platform: string;
  location: string;
  tag: string;
  artifact: string;
}

const emptyState: SearchState = {
  q: '',
  regex: false,
  caseSensitive: false,
  invert: false,
  context: '2',
  scope: 'LATEST',
  since: '',
  until: '',
  platform: '',
  location: '',
  tag: '',
  artifact: '',
};

function stateFromAddress(params: URLSearchParams): SearchState {
  const flag = (name: string) => params.get(name) === '1';
  return {
    q: params.get('q') ?? '',
    regex: flag('regex'),
    caseSensitive: flag('case'),
    invert: flag('invert'),
    context: params.get('context') ?? emptyState.context,
    scope: params.get('scope') === 'range' ? 'RANGE' : 'LATEST',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    platform: params.get('platform') ?? '',
    location: params.get('location') ?? '',
    tag: params.get('tag') ?? '',
    artifact: params.get('artifact') ?? '',
  };
}

function addressOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.regex) params.set('regex', '1');
  if (state.caseSensitive) params.set('case', '1');
  if (state.invert) params.set('invert', '1');
  if (state.context !== emptyState.context) params.set('context', state.context);
  if (state.scope === 'RANGE') {
    params.set('scope', 'range');
    if (state.since) params.set('since', state.since);
    if (state.until) params.set('until', state.until);
  }
  for (const name of ['platform', 'location', 'tag', 'artifact'] as const) if (state[name].trim()) params.set(name, state[name].trim());
  return params.toString();
}

/** A comma-separated field as a list, or nothing when empty. */
const listOf = (text: string) => {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : null;
};

/** A datetime-local value (the browser's zone) as an instant. */
const instant = (local: string) => (local ? new Date(local).toISOString() : null);

export function ConfigSearch() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const searched = stateFromAddress(params);
  const [form, setForm] = useState<SearchState>(searched);
  const [addressKey, setAddressKey] = useState(params.toString());
  // Back and Forward change the address under the form: the form follows it.
  if (addressKey !== params.toString()) {
    setAddressKey(params.toString());
    setForm(searched);
  }
  const platforms = useQuery(platformsQuery);
  const platformIds = [...new Set((platforms.data?.backupMethods ?? []).filter((m) => !m.isBinary).map((m) => m.platform))].sort();

  const variables = {
    query: searched.q,
    regex: searched.regex,
    caseSensitive: searched.caseSensitive,
    invert: searched.invert,
    context: Number(searched.context) || 0,
    scope: searched.scope,
    since: searched.scope === 'RANGE' ? instant(searched.since) : null,
    until: searched.scope === 'RANGE' ? instant(searched.until) : null,
    filter: {
      platforms: searched.platform ? [searched.platform] : null,
      locations: listOf(searched.location),
      tags: listOf(searched.tag),
      artifacts: listOf(searched.artifact),
    },
  };
  const pages = useCursorPages(JSON.stringify(variables));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = addressOf(form);
    // The form already shows this search: what is typed before the address changes is kept.
    setAddressKey(address);
    router.push(`${pathname}?${address}`);
  };
  const set = <K extends keyof SearchState>(name: K, value: SearchState[K]) => setForm((current) => ({ ...current, [name]: value }));

  return (
    <div>
      <PageHeader title="Search" description="Search the stored configurations of every device (secrets redacted), or find the devices that lack a line." />
      <form onSubmit={submit} role="search" aria-label="Config search" className="mb-5 space-y-3 rounded-md border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <TextField
              id="search-query"
              label={form.regex ? 'Regular expression' : 'Text'}
              value={form.q}
              onChange={(e) => set('q', e.target.value)}
              placeholder={form.regex ? '^snmp-server community' : 'ntp server 10.0.0.1'}
              className="font-mono"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <Button type="submit" variant="primary" disabled={!form.q}>
            Search
          </Button>
        </div>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          <CheckboxField id="search-regex" label="Regular expression" checked={form.regex} onChange={(e) => set('regex', e.target.checked)} />
          <CheckboxField id="search-case" label="Match case" checked={form.caseSensitive} onChange={(e) => set('caseSensitive', e.target.checked)} />
          <CheckboxField id="search-invert" label="Devices NOT containing it" checked={form.invert} onChange={(e) => set('invert', e.target.checked)} />
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <SelectField id="search-platform" label="Platform" value={form.platform} onChange={(e) => set('platform', e.target.value)}>
            <option value="">Any platform</option>
            {platformIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </SelectField>
          <TextField id="search-location" label="Location" value={form.location} onChange={(e) => set('location', e.target.value)} placeholder="emea/ams1" />
          <TextField id="search-tag" label="Tags" value={form.tag} onChange={(e) => set('tag', e.target.value)} placeholder="core, pci" />
          <TextField id="search-artifact" label="Artifacts" value={form.artifact} onChange={(e) => set('artifact', e.target.value)} placeholder="running-config" />
          <SelectField id="search-context" label="Context lines" value={form.context} onChange={(e) => set('context', e.target.value)}>
            {[0, 1, 2, 3, 5, 10].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField id="search-scope" label="Versions" value={form.scope} onChange={(e) => set('scope', e.target.value as ConfigSearchScope)}>
            <option value="LATEST">Latest of each artifact</option>
            <option value="RANGE">All stored in a time range</option>
          </SelectField>
          {form.scope === 'RANGE' && (
            <>
              <TextField id="search-since" label="From" type="datetime-local" value={form.since} onChange={(e) => set('since', e.target.value)} required />
              <TextField id="search-until" label="Until" type="datetime-local" value={form.until} onChange={(e) => set('until', e.target.value)} hint="Empty: until now" />
            </>
          )}
        </div>
      </form>
      {searched.q ? <Results variables={variables} pages={pages} invert={searched.invert} /> : <EmptyState title="Type a text or a regular expression to search every device's configuration" />}
    </div>
  );
}

interface ResultsProps {
  variables: Omit<ConfigSearchQueryVariables, 'first' | 'after'>;
  pages: ReturnType<typeof useCursorPages>;
  invert: boolean;
}

function Results({ variables, pages, invert }: ResultsProps) {
  const { data, error, loading, reload } = useQuery(configSearchQuery, { ...variables, after: pages.after });
  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Searching…" />;
  const result = data.configSearch;
  return (
    <section aria-label="Search results" aria-busy={loading}>
      <p className="mb-3 text-sm text-slate-700" role="status">
        {invert
          ? `${result.totalCount} of ${result.searchedDevices} devices do not contain it`
          : `${result.totalCount} of ${result.searchedDevices} devices match`}{' '}
        <span className="text-slate-500">({result.searchedVersions} versions searched)</span>
        {result.pendingVersions > 0 && (
          <span className="ml-2 text-amber-800">
            {result.pendingVersions} older version{result.pendingVersions === 1 ? ' is' : 's are'} still being indexed and not searched yet.
          </span>
        )}
      </p>
      {result.nodes.length === 0 ? (
        <EmptyState title={invert ? 'Every device contains it' : 'No configuration matches'} />
      ) : (
        <SearchResults devices={result.nodes} />
      )}
      <Pagination
        page={pages.page}
        pageSize={pageSize}
        shown={result.nodes.length}
        totalCount={result.totalCount}
        hasNextPage={result.pageInfo.hasNextPage}
        onPrevious={pages.previous}
        onNext={() => pages.next(result.pageInfo.endCursor)}
      />
    </section>
  );
}
