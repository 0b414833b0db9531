import type { Metadata } from 'next';
import { EditSource } from '../../_components/edit-source';

export const metadata: Metadata = { title: 'Edit source' };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditSource id={id} />;
}
