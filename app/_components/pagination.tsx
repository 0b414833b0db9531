import { Button } from './button';

interface PaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pagination({ page, pageSize, shown, totalCount, hasNextPage, onPrevious, onNext }: PaginationProps) {
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm text-slate-600">
      <p>
        {from}–{from + shown - (shown === 0 ? 0 : 1)} of {totalCount}
      </p>
      <div className="flex gap-2">
        <Button onClick={onPrevious} disabled={page <= 1}>
          Previous
        </Button>
        <Button onClick={onNext} disabled={!hasNextPage}>
          Next
        </Button>
      </div>
    </nav>
  );
}
