'use client';

import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { ScheduleForm } from './schedule-form';

const scheduleQuery = graphql(`
  query EditSchedule($id: ID!) {
    schedule(id: $id) {
      name
      ...ScheduleFormFields
    }
  }
`);

export function EditSchedule({ id }: { id: string }) {
  const { data, error, reload } = useQuery(scheduleQuery, { id });
  return (
    <div className="max-w-2xl">
      <PageHeader title={data?.schedule ? `Edit ${data.schedule.name}` : 'Edit schedule'} />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !data && <LoadingState />}
      {data && !data.schedule && <EmptyState title="No such schedule">It may have been deleted.</EmptyState>}
      {data?.schedule && <ScheduleForm schedule={data.schedule} />}
    </div>
  );
}
