'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button } from '../../_components/button';
import { graphql } from '../../_gql';
import { request } from '../../_lib/graphql';
import { useSession } from './session';
import { ThemeToggle } from './theme-toggle';

const links = [
  { href: '/dashboard', label: 'Dashboard', also: [] },
  { href: '/devices', label: 'Devices', also: [] },
  { href: '/runs', label: 'Runs', also: [] },
  { href: '/search', label: 'Search', also: [] },
  { href: '/schedules', label: 'Schedules', also: [] },
  { href: '/sources', label: 'Sources', also: [] },
  { href: '/backup-methods', label: 'Backup methods', also: [] },
  { href: '/settings', label: 'Settings', also: ['/credential-sets', '/repositories'] },
] as const satisfies readonly { href: string; label: string; also: readonly string[] }[];

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The header: the main links in a row, or behind a Menu button on phones (the row would scroll
 * sideways and hide the last links); the theme toggle and the signed-in user at the end.
 */
export function NavBar() {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  // A link followed on a phone closes the menu.
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link href="/dashboard" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-sky-700" />
          Tidemark
        </Link>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 sm:hidden"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className={`order-last w-full sm:order-none sm:block sm:w-auto ${menuOpen ? 'block' : 'hidden'}`}>
          <ul className="flex flex-col gap-1 sm:flex-row sm:flex-wrap">
            {links.map((link) => {
              const current = isCurrent(pathname, link.href) || link.also.some((href: string) => isCurrent(pathname, href));
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={current ? 'page' : undefined}
                    className={`block rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap ${current ? 'bg-sky-50 text-sky-900' : 'text-slate-700 hover:bg-slate-100'}`}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <CurrentUser />
      </div>
    </header>
  );
}

const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

function CurrentUser() {
  const router = useRouter();
  const { user, can } = useSession();
  const [pending, setPending] = useState(false);

  const logout = async () => {
    setPending(true);
    // Even when the server cannot be reached the user asked to leave; the login page asks again.
    await request(logoutMutation).catch(() => undefined);
    router.replace('/login');
  };

  return (
    <div className="ml-auto flex items-center gap-3 text-sm">
      <ThemeToggle />
      <Link href="/settings/account" className="text-slate-700 hover:underline" title="My account">
        <span className="font-medium text-slate-900">{user.username}</span> <span className="text-slate-500">({can.label})</span>
      </Link>
      <Button onClick={logout} disabled={pending}>
        Log out
      </Button>
    </div>
  );
}
