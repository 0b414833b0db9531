import type { Metadata } from 'next';
import { PageHeader } from '../../../_components/page-header';
import { RepositoryForm } from '../_components/repository-form';

export const metadata: Metadata = { title: 'Add repository' };

export default function NewRepositoryPage() {
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add repository" />
      <RepositoryForm />
    </div>
  );
}
