import type { Metadata } from 'next';
import { CredentialSetList } from './_components/credential-set-list';

export const metadata: Metadata = { title: 'Credential sets' };

export default function CredentialSetsPage() {
  return <CredentialSetList />;
}
