'use client';

import { useEffect, useState } from 'react';
import { Badge, type Tone } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import type { NotificationDeliveryStatus } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';

const deliveriesQuery = graphql(`
  query NotificationDeliveries($statuses: [NotificationDeliveryStatus!]) {
    notificationDeliveries(first: 50, statuses: $statuses) {
      totalCount
      nodes {
        id
        event
        title
        status
        attempts
        maxAttempts
        lastError
        nextAttemptAt
        sentAt
        createdAt
        channel {
          name
        }
        rule {
          name
        }
      }
    }
  }
`);

const retryMutation = graphql(`
  mutation RetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      id
    }
  }
`);

const statusTones: Record<NotificationDeliveryStatus, Tone> = { PENDING: 'info', SENDING: 'info', SENT: 'good', FAILED: 'warn', DEAD: 'bad' };
const statusLabels: Record<NotificationDeliveryStatus, string> = { PENDING: 'Pending', SENDING: 'Sending', SENT: 'Sent', FAILED: 'Retrying', DEAD: 'Dead letter' };

/** The latest deliveries, refreshed every few seconds; the dead-letter list on its own with a filter. */
export function DeliveryList({ canRetry }: { canRetry: boolean }) {
  const [deadOnly, setDeadOnly] = useState(false);
  const { data, error, reload } = useQuery(deliveriesQuery, { statuses: deadOnly ? ['DEAD'] : null });
  useEffect(() => {
    const timer = setInterval(reload, 2000);
    return () => clearInterval(timer);
  }, [reload]);
  const deliveries = data?.notificationDeliveries.nodes;
  return (
    <section aria-labelledby="deliveries-heading">
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id="deliveries-heading" className="text-base font-semibold text-slate-900">
          Deliveries
        </h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" className="size-4 accent-sky-700" checked={deadOnly} onChange={(e) => setDeadOnly(e.target.checked)} />
          Dead letters only
        </label>
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !deliveries && <LoadingState label="Loading deliveries…" />}
      {deliveries?.length === 0 && <EmptyState title={deadOnly ? 'No dead letters' : 'Nothing sent yet'} />}
      {deliveries && deliveries.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Notification</th>
              <th scope="col" className={headerCell}>Channel</th>
              <th scope="col" className={headerCell}>Status</th>
              <th scope="col" className={headerCell}>Attempts</th>
              <th scope="col" className={headerCell}>Created</th>
              <th scope="col" className={headerCell}>
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="delivery">
              <th scope="row" className={`${cell} text-left font-medium`}>
                {delivery.title}
                <div className="text-xs font-normal text-slate-500">{delivery.rule ? `Rule ${delivery.rule.name}` : delivery.event === 'TEST' ? 'Test' : ''}</div>
                {delivery.lastError && <div className="text-xs font-normal text-red-700">{delivery.lastError}</div>}
              </th>
              <td className={cell}>{delivery.channel.name}</td>
              <td className={cell}>
                <Badge tone={statusTones[delivery.status]}>{statusLabels[delivery.status]}</Badge>
              </td>
              <td className={cell}>
                {delivery.attempts} of {delivery.maxAttempts}
              </td>
              <td className={`${cell} text-xs`}>
                <Time value={delivery.createdAt} />
              </td>
              <td className={`${cell} text-right`}>
                {canRetry && (delivery.status === 'DEAD' || delivery.status === 'FAILED') && (
                  <Button
                    onClick={async () => {
                      await request(retryMutation, { id: delivery.id });
                      reload();
                    }}
                    aria-label={`Retry ${delivery.title} to ${delivery.channel.name}`}
                  >
                    Retry now
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
    </section>
  );
}
