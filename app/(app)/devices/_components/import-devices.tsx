'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button, LinkButton } from '../../../_components/button';
import { TextAreaField } from '../../../_components/field';
import { FormError } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { graphql } from '../../../_gql';
import type { ImportDevicesMutation } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useSession } from '../../_components/session';

const importMutation = graphql(`
  mutation ImportDevices($csv: String!, $dryRun: Boolean!) {
    importDevices(csv: $csv, dryRun: $dryRun) {
      ok
      dryRun
      errors {
        row
        field
        message
      }
      detections {
        row
        name
        backupMethod
        platform
        message
      }
      devices {
        name
        host
        port
        backupMethod
        location
        tags
        enabled
      }
    }
  }
`);

type ImportResult = ImportDevicesMutation['importDevices'];

const example = `name,host,port,backup_method,location,tags,model,variables,credential_sets,enabled
core-sw-01,192.0.2.10,22,cisco-ios,emea/ams1,core;dc,C9300-48P,site_code=AMS1;rack=R12,lab-login,true`;

export function ImportDevices() {
  const router = useRouter();
  const { can } = useSession();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [previewedCsv, setPreviewedCsv] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!can.editDevices) return <EmptyState title="Importing devices needs the operator role" />;

  const send = async (dryRun: boolean) => {
    setPending(true);
    setError(null);
    try {
      const { importDevices } = await request(importMutation, { csv, dryRun });
      if (!dryRun && importDevices.ok) {
        router.push('/devices');
        return;
      }
      setPreview(importDevices);
      setPreviewedCsv(csv);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };

  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };
  const current = preview !== null && previewedCsv === csv;

  return (
    <div className="max-w-4xl space-y-5">
      <PageHeader title="Import devices" description="Every row is created or none: check the preview, then import." />
      <FormError message={error} />
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <label htmlFor="csv-file" className="mb-1 block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input id="csv-file" type="file" accept=".csv,text/csv" className="text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200" onChange={(e) => void readFile(e.target.files?.[0])} />
        </div>
        <TextAreaField
          id="csv"
          label="CSV"
          rows={10}
          spellCheck={false}
          className="font-mono text-xs"
          placeholder={example}
          hint="Columns: name, host, port, backup_method (or detect: log in and pick it), location, tags (separated by ;), model, variables (name=value, separated by ;), credential_sets (names, separated by ;), enabled, repository, ssh_profile, keep_secrets, prompt."
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
        />
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => send(true)} disabled={!csv.trim() || pending}>
            {pending ? 'Checking…' : 'Preview'}
          </Button>
          <Button variant="primary" onClick={() => send(false)} disabled={!current || !preview?.ok || pending}>
            Import {current && preview?.ok ? `${preview.devices.length} devices` : ''}
          </Button>
          <LinkButton href="/devices" variant="ghost">
            Cancel
          </LinkButton>
        </div>
      </div>

      {preview && (
        <section aria-labelledby="preview-title" className="space-y-3">
          <h2 id="preview-title" className="text-base font-semibold text-slate-900">
            Preview{!current && <span className="ml-2 text-sm font-normal text-amber-800">(the CSV changed since; preview again)</span>}
          </h2>
          {preview.errors.length > 0 ? (
            <>
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                {preview.errors.length} {preview.errors.length === 1 ? 'problem' : 'problems'}; nothing was imported.
              </p>
              <TableFrame
                head={
                  <>
                    <th scope="col" className={headerCell}>Line</th>
                    <th scope="col" className={headerCell}>Field</th>
                    <th scope="col" className={headerCell}>Problem</th>
                  </>
                }
              >
                {preview.errors.map((e, i) => (
                  <tr key={i}>
                    <td className={`${cell} tabular-nums`}>{e.row}</td>
                    <td className={`${cell} font-mono text-xs`}>{e.field ?? '—'}</td>
                    <td className={cell}>{e.message}</td>
                  </tr>
                ))}
              </TableFrame>
            </>
          ) : (
            <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">Every row is valid: {preview.devices.length} devices will be created.</p>
          )}
          {preview.detections.length > 0 && <DetectionTable detections={preview.detections} />}
          {preview.devices.length > 0 && (
            <TableFrame
              head={
                <>
                  <th scope="col" className={headerCell}>Name</th>
                  <th scope="col" className={headerCell}>Address</th>
                  <th scope="col" className={headerCell}>Backup method</th>
                  <th scope="col" className={headerCell}>Location</th>
                  <th scope="col" className={headerCell}>Tags</th>
                </>
              }
            >
              {preview.devices.map((d) => (
                <tr key={d.name}>
                  <th scope="row" className={`${cell} text-left font-medium`}>{d.name}</th>
                  <td className={`${cell} font-mono text-xs`}>
                    {d.host}:{d.port}
                  </td>
                  <td className={cell}>{d.backupMethod}</td>
                  <td className={cell}>{d.location || '—'}</td>
                  <td className={cell}>{d.tags.join(', ') || '—'}</td>
                </tr>
              ))}
            </TableFrame>
          )}
        </section>
      )}
    </div>
  );
}

/** What backup_method = detect picked for each such row, or why not. */
function DetectionTable({ detections }: { detections: ImportResult['detections'] }) {
  return (
    <TableFrame
      head={
        <>
          <th scope="col" className={headerCell}>Line</th>
          <th scope="col" className={headerCell}>Name</th>
          <th scope="col" className={headerCell}>Detected backup method</th>
          <th scope="col" className={headerCell}>Why</th>
        </>
      }
    >
      {detections.map((d) => (
        <tr key={d.row}>
          <td className={`${cell} tabular-nums`}>{d.row}</td>
          <th scope="row" className={`${cell} text-left font-medium`}>{d.name}</th>
          <td className={cell}>{d.backupMethod ?? <span className="text-red-800">none</span>}</td>
          <td className={`${cell} text-xs`}>{d.message}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
