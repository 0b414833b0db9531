import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RunList } from './_components/run-list';

export const metadata: Metadata = { title: 'Runs' };

export default function RunsPage() {
  return (
    // The filters are read from the address (?changes=1).
    <Suspense>
      <RunList />
    </Suspense>
  );
}
