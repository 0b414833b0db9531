'use client';

import { useEffect, useId } from 'react';
import { controlClass } from '../../../../../_components/field';
import { graphql } from '../../../../../_gql';
import { formatDateTime } from '../../../../../_lib/format';
import { useQuery } from '../../../../../_lib/use-query';
import { DeviceCombobox } from './device-combobox';

const deviceQuery = graphql(`
  query ComparePickerDevice($id: ID!) {
    device(id: $id) {
      id
      name
    }
    deviceArtifacts(deviceId: $id, textOnly: true)
  }
`);

const versionsQuery = graphql(`
  query ComparePickerVersions($id: ID!, $artifact: String!) {
    device(id: $id) {
      id
      backups(first: 200, artifact: $artifact, changedOnly: true) {
        totalCount
        nodes {
          id
          artifact
          createdAt
        }
      }
    }
  }
`);

export interface Side {
  deviceId: string;
  artifact: string | null;
  backupId: string | null;
  /** Set when the device or artifact was just chosen: the picker then chooses a version by itself. */
  pending: boolean;
}

/** The artifact to show first: the one asked for when the device has it, else its running configuration. */
function preferredArtifact(artifacts: readonly string[], wanted: string | null): string | null {
  if (wanted && artifacts.includes(wanted)) return wanted;
  return artifacts.find((a) => a === 'running-config') ?? artifacts[0] ?? null;
}

/**
 * Chooses one side of a comparison: a device (any), one of its text artifacts and one of its
 * versions. After a new device or artifact it picks that artifact's latest version (`autoPick`
 * `previous`: the one before it, for the left side of a fresh page).
 */
export function VersionPicker({
  title,
  side,
  selectedAt,
  autoPick,
  onChange,
}: {
  title: string;
  side: Side;
  /** When the chosen backup was taken, for a backup that is not among the versions (an unchanged collection). */
  selectedAt: string | null;
  autoPick: 'latest' | 'previous';
  onChange: (side: Side) => void;
}) {
  const id = useId();
  const device = useQuery(deviceQuery, { id: side.deviceId });
  const artifacts = device.data?.device?.id === side.deviceId ? device.data.deviceArtifacts : null;
  const artifact = artifacts ? preferredArtifact(artifacts, side.artifact) : side.artifact;
  const versions = useQuery(versionsQuery, { id: side.deviceId, artifact: artifact ?? '-' });
  // Until the answer for this device and artifact arrives, the previous one is still in `data`.
  const fresh = versions.data?.device?.id === side.deviceId && versions.data.device.backups.nodes.every((n) => n.artifact === artifact);
  const nodes = fresh ? versions.data!.device!.backups.nodes : [];
  const loadedFor = fresh && !versions.loading;

  // A side opened from the URL names only its backup until the diff tells its artifact: left alone until then.
  const settled = side.pending || side.artifact !== null;
  useEffect(() => {
    if (settled && artifacts && artifact !== side.artifact) onChange({ ...side, artifact, backupId: null, pending: true });
  }, [settled, artifacts, artifact, side, onChange]);

  useEffect(() => {
    if (!side.pending || !loadedFor || !artifact || artifact !== side.artifact || !nodes.length) return;
    const pick = autoPick === 'previous' ? (nodes[1] ?? nodes[0]) : nodes[0];
    onChange({ ...side, backupId: pick.id, pending: false });
  }, [side, loadedFor, artifact, nodes, autoPick, onChange]);

  const listed = nodes.some((n) => n.id === side.backupId);
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <DeviceCombobox label={`${title} device`} deviceName={device.data?.device?.name ?? ''} onChoose={(deviceId) => onChange({ deviceId, artifact: side.artifact, backupId: null, pending: true })} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div>
          <label htmlFor={`${id}-artifact`} className="mb-1 block text-sm font-medium text-slate-800">
            {title} artifact
          </label>
          <select
            id={`${id}-artifact`}
            className={controlClass}
            value={artifact ?? ''}
            disabled={!artifacts?.length}
            onChange={(e) => onChange({ ...side, artifact: e.target.value, backupId: null, pending: true })}
          >
            {!artifacts?.length && <option value="">{artifacts ? 'No text backups' : 'Loading…'}</option>}
            {artifacts?.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-version`} className="mb-1 block text-sm font-medium text-slate-800">
            {title} version
          </label>
          <select
            id={`${id}-version`}
            className={controlClass}
            value={side.backupId ?? ''}
            disabled={!nodes.length}
            onChange={(e) => onChange({ ...side, backupId: e.target.value, pending: false })}
          >
            {!side.backupId && <option value="">{nodes.length || !loadedFor ? 'Choose a version' : 'No versions'}</option>}
            {side.backupId && !listed && <option value={side.backupId}>{selectedAt ? `${formatDateTime(selectedAt)} · unchanged collection` : 'Chosen backup'}</option>}
            {nodes.map((n, i) => (
              <option key={n.id} value={n.id}>
                {formatDateTime(n.createdAt)}
                {i === 0 ? ' · latest' : ''}
                {i === nodes.length - 1 && versions.data?.device?.backups.totalCount === nodes.length ? ' · initial' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
