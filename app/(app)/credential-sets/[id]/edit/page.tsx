import type { Metadata } from 'next';
import { EditCredentialSet } from '../../_components/edit-credential-set';

export const metadata: Metadata = { title: 'Edit credential set' };

export default async function EditCredentialSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditCredentialSet id={id} />;
}
