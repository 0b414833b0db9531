import type { Metadata } from 'next';
import { BackupMethodList } from './backup-method-list';

export const metadata: Metadata = { title: 'Backup methods' };

export default function BackupMethodsPage() {
  return <BackupMethodList />;
}
