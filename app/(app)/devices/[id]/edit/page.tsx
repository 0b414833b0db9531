import type { Metadata } from 'next';
import { EditDevice } from '../../_components/edit-device';

export const metadata: Metadata = { title: 'Edit device' };

export default async function EditDevicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditDevice id={id} />;
}
