import type { Metadata } from 'next';
import { DeviceList } from './_components/device-list';

export const metadata: Metadata = { title: 'Devices' };

export default function DevicesPage() {
  return <DeviceList />;
}
