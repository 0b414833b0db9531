'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useSession } from './session';

const sections = [
  { href: '/credential-sets', label: 'Credential sets', adminOnly: false },
  { href: '/repositories', label: 'Repositories', adminOnly: false },
  { href: '/settings/users', label: 'Users', adminOnly: true },
  { href: '/settings/api-tokens', label: 'API tokens', adminOnly: true },
  { href: '/settings/notifications', label: 'Notifications', adminOnly: false },
  { href: '/settings/audit', label: 'Audit log', adminOnly: true },
  { href: '/settings/account', label: 'My account', adminOnly: false },
] as const;

/** The settings areas; users, API tokens and the audit log are for admins only. */
export function SettingsNav() {
  const pathname = usePathname();
  const { can } = useSession();
  return (
    <nav aria-label="Settings" className="mb-5 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1">
        {sections
          .filter((section) => can.administer || !section.adminOnly)
          .map((section) => {
            const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
            return (
              <li key={section.href}>
                <Link
                  href={section.href}
                  aria-current={current ? 'page' : undefined}
                  className={`-mb-px block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${current ? 'border-sky-700 text-sky-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
                >
                  {section.label}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}

export const settingsSections = sections;
