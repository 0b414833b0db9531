import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareBackups } from '../../_components/compare-backups';

export const metadata: Metadata = { title: 'Compare backups' };

export default async function ComparePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <CompareBackups deviceId={id} />
    </Suspense>
  );
}
