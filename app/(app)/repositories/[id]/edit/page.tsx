import type { Metadata } from 'next';
import { EditRepository } from '../../_components/edit-repository';

export const metadata: Metadata = { title: 'Edit repository' };

export default async function EditRepositoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditRepository id={id} />;
}
