import Link from 'next/link';

interface Effective {
  isDefault: boolean;
  repository: { id: string; name: string };
}

/** Where a device's backups go: a link to the repository, "(default)" when the device names none. */
export function EffectiveRepositoryName({ effective }: { effective: Effective | null | undefined }) {
  if (!effective) return <span className="text-slate-500">Each run&apos;s repository</span>;
  return (
    <>
      <Link href={`/repositories#repository-${effective.repository.id}`} className="text-sky-800 hover:underline">
        {effective.repository.name}
      </Link>
      {effective.isDefault && <span className="text-slate-500"> (default)</span>}
    </>
  );
}
