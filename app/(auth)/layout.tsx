import type { ReactNode } from 'react';
import { version } from '../../package.json';

/**
 * The login card sits at a fixed height from the top, so an error above its fields makes it grow
 * downwards instead of moving the whole card.
 */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center px-4 pt-[12vh] pb-10">
      <div className="w-full max-w-sm">
        <p className="mb-6 flex items-center justify-center gap-2 text-2xl font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="inline-block size-4 rounded-sm bg-sky-700" />
          Tidemark
        </p>
        {children}
        <p className="mt-4 text-center text-xs text-slate-500">
          Forgot your password? An admin sets a new one under Settings → Users.
        </p>
        <p className="mt-6 text-center text-xs text-slate-500" data-testid="version">
          Tidemark {version}
        </p>
      </div>
    </main>
  );
}
