import type { Metadata } from 'next';
import { EditSchedule } from '../../_components/edit-schedule';

export const metadata: Metadata = { title: 'Edit schedule' };

export default async function EditSchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditSchedule id={id} />;
}
