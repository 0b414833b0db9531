import type { Metadata } from 'next';
import { PageHeader } from '../../../_components/page-header';
import { CredentialSetForm } from '../_components/credential-set-form';

export const metadata: Metadata = { title: 'Add credential set' };

export default function NewCredentialSetPage() {
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add credential set" />
      <CredentialSetForm />
    </div>
  );
}
