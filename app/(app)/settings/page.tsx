import type { Metadata } from 'next';
import { SettingsHome } from './settings-home';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return <SettingsHome />;
}
