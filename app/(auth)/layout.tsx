import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <p className="mb-6 flex items-center justify-center gap-2 text-2xl font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="inline-block size-4 rounded-sm bg-sky-700" />
          Tidemark
        </p>
        {children}
      </div>
    </main>
  );
}
