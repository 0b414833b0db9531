'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button, LinkButton, buttonClass } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { FormError } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import type { SchedulesQuery } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { RunStatusBadge } from '../../_components/status-badges';
import { asScheduleSelection, describeSelection, devicesMatch } from './types';

const schedulesQuery = graphql(`
  query Schedules {
    schedules {
      id
      name
      cron
      description
      timeZone
      enabled
      selection
      deviceCount
      nextRuns(count: 1)
      lastRun {
        id
        status
        createdAt
      }
    }
  }
`);

const toggleScheduleMutation = graphql(`
  mutation ToggleSchedule($id: ID!, $input: UpdateScheduleInput!) {
    updateSchedule(id: $id, input: $input) {
      id
    }
  }
`);

const deleteScheduleMutation = graphql(`
  mutation DeleteSchedule($id: ID!) {
    deleteSchedule(id: $id)
  }
`);

type Schedule = SchedulesQuery['schedules'][number];

export function ScheduleList() {
  const { can } = useSession();
  const { data, error, reload } = useQuery(schedulesQuery);
  const [deleting, setDeleting] = useState<Schedule | null>(null);
  const [toggleError, setToggleError] = useState<string | null>(null);
  const schedules = data?.schedules;

  const toggle = async (schedule: Schedule) => {
    setToggleError(null);
    try {
      await request(toggleScheduleMutation, {
        id: schedule.id,
        input: { enabled: !schedule.enabled },
      });
      reload();
    } catch (err) {
      setToggleError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <PageHeader
        title="Schedules"
        description="Cron expressions, read in their time zone, that start runs."
        actions={
          can.editDevices && (
            <LinkButton href="/schedules/new" variant="primary">
              Add schedule
            </LinkButton>
          )
        }
      />
      <div className="mb-3">
        <FormError message={toggleError} />
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !schedules && <LoadingState label="Loading schedules…" />}
      {schedules?.length === 0 && <EmptyState title="No schedules yet">{can.editDevices ? 'Add one to back up devices on a timetable.' : 'An operator or admin can add schedules.'}</EmptyState>}
      {schedules && schedules.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Name</th>
              <th scope="col" className={headerCell}>When</th>
              <th scope="col" className={headerCell}>Devices</th>
              <th scope="col" className={headerCell}>Next run</th>
              <th scope="col" className={headerCell}>Last run</th>
              <th scope="col" className={headerCell}>State</th>
              {can.editDevices && (
                <th scope="col" className={headerCell}>
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </>
          }
        >
          {schedules.map((schedule) => (
            <tr key={schedule.id}>
              <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>
                {schedule.name}
              </th>
              <td className={cell}>
                <p>{schedule.description}</p>
                <p className="font-mono text-xs text-slate-500">
                  {schedule.cron} · {schedule.timeZone}
                </p>
              </td>
              <td className={`${cell} text-slate-700`}>
                <p>{describeSelection(asScheduleSelection(schedule.selection))}</p>
                <p className="text-xs text-slate-500 tabular-nums" data-testid="schedule-device-count">
                  {devicesMatch(schedule.deviceCount)}
                </p>
              </td>
              <td className={`${cell} text-xs`}>
                <Time value={schedule.nextRuns[0]} empty={schedule.enabled ? '—' : 'Off'} />
              </td>
              <td className={cell}>
                {schedule.lastRun ? (
                  <Link href={`/runs/${schedule.lastRun.id}`} className="inline-flex items-center gap-1.5 text-xs text-sky-800 hover:underline">
                    <RunStatusBadge status={schedule.lastRun.status} />
                    <Time value={schedule.lastRun.createdAt} />
                  </Link>
                ) : (
                  <span className="text-slate-400">Never</span>
                )}
              </td>
              <td className={cell}>{schedule.enabled ? <Badge tone="good">Enabled</Badge> : <Badge tone="muted">Disabled</Badge>}</td>
              {can.editDevices && (
                <td className={`${cell} text-right whitespace-nowrap`}>
                  <Button variant="ghost" onClick={() => toggle(schedule)} aria-label={`${schedule.enabled ? 'Disable' : 'Enable'} ${schedule.name}`}>
                    {schedule.enabled ? 'Disable' : 'Enable'}
                  </Button>
                  <Link href={`/schedules/${schedule.id}/edit`} className={buttonClass('ghost')} aria-label={`Edit ${schedule.name}`}>
                    Edit
                  </Link>
                  <Button variant="ghostDanger" onClick={() => setDeleting(schedule)} aria-label={`Delete ${schedule.name}`}>
                    Delete
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </TableFrame>
      )}
      <DeleteDialog
        open={deleting !== null}
        title="Delete schedule"
        message={`Delete ${deleting?.name ?? ''}? The runs it started are kept.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteScheduleMutation, { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
