import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RunDetail } from '../_components/run-detail';

export const metadata: Metadata = { title: 'Run' };

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    // The device table's filter is read from the address (?devices=failed).
    <Suspense>
      <RunDetail id={id} />
    </Suspense>
  );
}
