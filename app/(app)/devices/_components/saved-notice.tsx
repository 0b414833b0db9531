'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

const messages: Record<string, string> = { added: 'Device added.', saved: 'Changes saved.' };

/**
 * The word that a form saved, after it returned to the device: `?saved=added|saved`. The
 * parameter leaves the address at once, so a reload or a shared link does not say it again.
 */
export function SavedNotice() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [message] = useState(() => messages[params.get('saved') ?? '']);
  useEffect(() => {
    if (params.has('saved')) router.replace(pathname, { scroll: false });
  }, [params, pathname, router]);
  if (!message) return null;
  return (
    <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {message}
    </p>
  );
}
