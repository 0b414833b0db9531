import type { Metadata } from 'next';
import { PageHeader } from '../../../_components/page-header';
import { ScheduleForm } from '../_components/schedule-form';

export const metadata: Metadata = { title: 'Add schedule' };

export default function NewSchedulePage() {
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add schedule" />
      <ScheduleForm />
    </div>
  );
}
