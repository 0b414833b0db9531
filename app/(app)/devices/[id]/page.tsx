import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DeviceDetail } from '../_components/device-detail';
import { SavedNotice } from '../_components/saved-notice';

export const metadata: Metadata = { title: 'Device' };

export default async function DevicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <DeviceDetail id={id} />
    </>
  );
}
