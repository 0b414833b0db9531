import type { Metadata } from 'next';
import { ApiTokenList } from './api-token-list';

export const metadata: Metadata = { title: 'API tokens' };

export default function ApiTokensPage() {
  return <ApiTokenList />;
}
