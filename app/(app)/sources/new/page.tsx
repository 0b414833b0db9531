import type { Metadata } from 'next';
import { PageHeader } from '../../../_components/page-header';
import { SourceForm } from '../_components/source-form';

export const metadata: Metadata = { title: 'Add source' };

export default function NewSourcePage() {
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add source" description="A Nautobot or NetBox to sync devices from." />
      <SourceForm />
    </div>
  );
}
