import type { Metadata } from 'next';
import { ConfigSearch } from './_components/config-search';

export const metadata: Metadata = { title: 'Search' };

export default function SearchPage() {
  return <ConfigSearch />;
}
