'use client';

import { Button } from '../../../_components/button';
import { controlClass } from '../../../_components/field';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import { scopeSummary } from '../../credential-sets/_components/scope';

const credentialSetOptionFragment = graphql(`
  fragment CredentialSetOption on CredentialSet {
    id
    name
    username
    scope {
      hosts
      tags
      ports
    }
  }
`);

interface CredentialSetPickerProps {
  /** Tried in this order when logging in to the device. */
  value: string[];
  options: FragmentType<typeof credentialSetOptionFragment>[];
  error?: string;
  onChange: (ids: string[]) => void;
}

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export function CredentialSetPicker({ value, options: optionRefs, error, onChange }: CredentialSetPickerProps) {
  const options = getFragmentData(credentialSetOptionFragment, optionRefs);
  const byId = new Map(options.map((set) => [set.id, set]));
  const available = options.filter((set) => !value.includes(set.id));

  return (
    <fieldset className="space-y-2" aria-describedby={error ? 'credentialSetIds-error' : 'credentialSetIds-hint'}>
      <legend className="text-sm font-medium text-slate-800">Credential sets</legend>
      {value.length === 0 ? (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-2.5 py-1.5 text-sm text-amber-900">
          No credential set: a backup of this device fails until one is chosen.
        </p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
          {value.map((id, index) => {
            const name = byId.get(id)?.name ?? id;
            return (
              <li key={id} className="flex items-center gap-2 px-2.5 py-1.5 text-sm">
                <span className="w-5 text-right text-slate-500 tabular-nums">{index + 1}.</span>
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-medium">{name}</span>
                  {byId.get(id) && <span className="text-slate-500"> ({byId.get(id)?.username})</span>}
                  {byId.get(id) && (
                    <span className="block truncate font-mono text-xs text-slate-500">{scopeSummary(byId.get(id)!.scope) ?? 'usable on any host'}</span>
                  )}
                </span>
                <Button variant="ghost" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onChange(move(value, index, index - 1))}>
                  ↑
                </Button>
                <Button
                  variant="ghost"
                  aria-label={`Move ${name} down`}
                  disabled={index === value.length - 1}
                  onClick={() => onChange(move(value, index, index + 1))}
                >
                  ↓
                </Button>
                <Button variant="ghostDanger" aria-label={`Remove ${name}`} onClick={() => onChange(value.filter((other) => other !== id))}>
                  Remove
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <label htmlFor="credential-set-choice" className="sr-only">
          Add credential set
        </label>
        {/* Choosing a set adds it: there is no separate button to forget. */}
        <select
          id="credential-set-choice"
          className={controlClass}
          value=""
          onChange={(e) => e.target.value && onChange([...value, e.target.value])}
          disabled={available.length === 0}
        >
          <option value="">{available.length === 0 ? (options.length === 0 ? 'No credential sets exist yet' : 'All are chosen') : value.length === 0 ? 'Choose a credential set…' : 'Add another credential set…'}</option>
          {available.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name} ({set.username})
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p id="credentialSetIds-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id="credentialSetIds-hint" className="text-xs text-slate-500">
          Tried in this order until one logs in.
        </p>
      )}
    </fieldset>
  );
}
