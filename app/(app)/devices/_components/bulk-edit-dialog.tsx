'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../_components/button';
import { controlClass } from '../../../_components/field';
import type { BulkDeviceChangeInput } from '../../../_gql/graphql';

export type BulkEdit = 'tags' | 'location' | 'credentialSets' | 'repository';

const titles: Record<BulkEdit, string> = {
  tags: 'Set tags',
  location: 'Set location',
  credentialSets: 'Set credential sets',
  repository: 'Set repository',
};

interface BulkEditDialogProps {
  edit: BulkEdit | null;
  /** "61 devices", for the title. */
  scope: string;
  credentialSets: { id: string; name: string }[];
  repositories: { id: string; name: string }[];
  onApply: (change: BulkDeviceChangeInput) => Promise<void>;
  onClose: () => void;
}

const words = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** One field of a bulk change; a refusal (scope, synced field) stays in the dialog with the devices it names. */
export function BulkEditDialog({ edit, scope, credentialSets, repositories, onApply, onClose }: BulkEditDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [addTags, setAddTags] = useState('');
  const [removeTags, setRemoveTags] = useState('');
  const [location, setLocation] = useState('');
  const [setIds, setSetIds] = useState<string[]>([]);
  const [repositoryId, setRepositoryId] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (edit && !dialog.open) {
      setError(null);
      setAddTags('');
      setRemoveTags('');
      setLocation('');
      setSetIds([]);
      setRepositoryId('');
      dialog.showModal();
    }
    if (!edit && dialog.open) dialog.close();
  }, [edit]);

  const change = (): BulkDeviceChangeInput => {
    switch (edit) {
      case 'tags':
        return { addTags: words(addTags), removeTags: words(removeTags) };
      case 'location':
        return { location };
      case 'credentialSets':
        return { credentialSetIds: setIds };
      default:
        return { repositoryId: repositoryId || null };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onApply(change());
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby="bulk-edit-title"
      onClose={onClose}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form className="space-y-3 p-5" onSubmit={submit}>
        <h2 id="bulk-edit-title" className="text-lg font-semibold text-slate-900">
          {edit ? titles[edit] : ''} on {scope}
        </h2>
        {edit === 'tags' && (
          <>
            <label className="block space-y-1 text-sm font-medium text-slate-800">
              <span>Add tags</span>
              <input className={controlClass} value={addTags} onChange={(e) => setAddTags(e.target.value)} placeholder="core, dc1" autoComplete="off" />
            </label>
            <label className="block space-y-1 text-sm font-medium text-slate-800">
              <span>Remove tags</span>
              <input className={controlClass} value={removeTags} onChange={(e) => setRemoveTags(e.target.value)} autoComplete="off" />
            </label>
            <p className="text-xs text-slate-500">Separate tags with spaces or commas; other tags stay as they are.</p>
          </>
        )}
        {edit === 'location' && (
          <label className="block space-y-1 text-sm font-medium text-slate-800">
            <span>Location</span>
            <input className={controlClass} value={location} onChange={(e) => setLocation(e.target.value)} placeholder="emea/ams1 (empty clears it)" autoComplete="off" />
          </label>
        )}
        {edit === 'credentialSets' && (
          <fieldset className="space-y-1">
            <legend className="mb-1 text-sm font-medium text-slate-800">Credential sets, tried in the order ticked</legend>
            {credentialSets.map((set) => {
              const position = setIds.indexOf(set.id);
              return (
                <label key={set.id} className="flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    className="size-4 accent-sky-700"
                    checked={position >= 0}
                    onChange={(e) => setSetIds(e.target.checked ? [...setIds, set.id] : setIds.filter((id) => id !== set.id))}
                  />
                  {set.name}
                  {position >= 0 && <span className="text-xs text-slate-500">#{position + 1}</span>}
                </label>
              );
            })}
            <p className="text-xs text-slate-500">Replaces each device&apos;s credential sets. None ticked leaves the devices without one.</p>
          </fieldset>
        )}
        {edit === 'repository' && (
          <label className="block space-y-1 text-sm font-medium text-slate-800">
            <span>Repository</span>
            <select className={controlClass} value={repositoryId} onChange={(e) => setRepositoryId(e.target.value)}>
              <option value="">None (the run chooses)</option>
              {repositories.map((repository) => (
                <option key={repository.id} value={repository.id}>
                  {repository.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-800">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2 pt-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? 'Saving…' : 'Apply'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
