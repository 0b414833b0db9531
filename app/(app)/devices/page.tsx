import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DeviceList } from './_components/device-list';

export const metadata: Metadata = { title: 'Devices' };

export default function DevicesPage() {
  return (
    // The filters read the address (?status=failed).
    <Suspense>
      <DeviceList />
    </Suspense>
  );
}
