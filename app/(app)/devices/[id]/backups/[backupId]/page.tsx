import type { Metadata } from 'next';
import { BackupView } from '../../../_components/backup-view';

export const metadata: Metadata = { title: 'Backup' };

export default async function BackupPage({ params }: { params: Promise<{ id: string; backupId: string }> }) {
  const { id, backupId } = await params;
  return <BackupView deviceId={id} backupId={backupId} />;
}
