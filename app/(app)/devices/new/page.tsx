import type { Metadata } from 'next';
import { PageHeader } from '../../../_components/page-header';
import { DeviceForm } from '../_components/device-form';
import { OperatorOnly } from '../_components/operator-only';

export const metadata: Metadata = { title: 'Add device' };

export default function NewDevicePage() {
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add device" />
      <OperatorOnly what="Adding a device">
        <DeviceForm />
      </OperatorOnly>
    </div>
  );
}
