import type { Metadata } from 'next';
import { RunList } from './_components/run-list';

export const metadata: Metadata = { title: 'Runs' };

export default function RunsPage() {
  return <RunList />;
}
