import type { Metadata } from 'next';
import { SourceList } from './_components/source-list';

export const metadata: Metadata = { title: 'Sources' };

export default function SourcesPage() {
  return <SourceList />;
}
