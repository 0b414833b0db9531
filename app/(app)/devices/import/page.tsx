import type { Metadata } from 'next';
import { ImportDevices } from '../_components/import-devices';

export const metadata: Metadata = { title: 'Import devices' };

export default function ImportDevicesPage() {
  return <ImportDevices />;
}
