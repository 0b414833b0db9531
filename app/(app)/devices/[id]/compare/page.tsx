import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareView } from './_components/compare-view';

export const metadata: Metadata = { title: 'Compare backups' };

export default async function ComparePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <CompareView deviceId={id} />
    </Suspense>
  );
}
