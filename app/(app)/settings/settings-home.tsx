'use client';

import { PageHeader } from '../../_components/page-header';
import { useSession } from '../_components/session';
import { SettingsNav, settingsSections } from '../_components/settings-nav';

const descriptions: Record<(typeof settingsSections)[number]['href'], string> = {
  '/credential-sets': 'Logins for devices, stored encrypted, and which devices use each.',
  '/repositories': 'Where backups are stored, Git or a folder, with a preview of the path template.',
  '/settings/users': 'Who may log in, and with which role.',
  '/settings/api-tokens': 'Tokens for scripts; each is shown once.',
  '/settings/notifications': 'Webhook, Slack, Teams and email channels, the rules that use them, and what was delivered.',
  '/settings/audit': 'Every change, who made it and when.',
  '/settings/account': 'Your password and the colour theme.',
};

export function SettingsHome() {
  const { can } = useSession();
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsNav />
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {settingsSections
          .filter((s) => can.administer || !s.adminOnly)
          .map((s) => (
            <div key={s.href} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="font-medium text-slate-900">{s.label}</dt>
              <dd className="mt-1 text-sm text-slate-600">{descriptions[s.href]}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}
