import type { Metadata } from 'next';
import { ScheduleList } from './_components/schedule-list';

export const metadata: Metadata = { title: 'Schedules' };

export default function SchedulesPage() {
  return <ScheduleList />;
}
