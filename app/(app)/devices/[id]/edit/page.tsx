import type { Metadata } from 'next';
import { EditDevice } from '../../_components/edit-device';
import { OperatorOnly } from '../../_components/operator-only';

export const metadata: Metadata = { title: 'Edit device' };

export default async function EditDevicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <OperatorOnly what="Editing a device">
      <EditDevice id={id} />
    </OperatorOnly>
  );
}
