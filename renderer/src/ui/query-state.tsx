import type { ReactNode } from 'react';
import { Notice } from './Notice';

/** The parts of a TanStack query result the states below read. */
interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: { message: string } | null;
  data: T | undefined;
}

/**
 * A page whose query has no data yet: its loading line, or its "not available" heading with the
 * error. Screens return it while `!query.isSuccess`, then render the data.
 */
export function PageQueryState({
  query,
  loading,
  unavailable,
}: {
  query: QueryLike<unknown>;
  loading: string;
  unavailable: string;
}) {
  if (query.isError) {
    return (
      <div className="page">
        <h1 className="page-title">{unavailable}</h1>
        <Notice tone="error">{query.error?.message}</Notice>
      </div>
    );
  }
  return <p className="page-loading">{loading}</p>;
}

/**
 * A query inside a page or card: the loading line (when given), its error, the muted line for an
 * empty list, or the content for the data.
 */
export function QueryContent<T>({
  query,
  loading,
  loadingClass = 'muted',
  empty,
  children,
}: {
  query: QueryLike<T>;
  loading?: string;
  loadingClass?: string;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { data } = query;
  const isEmpty = Array.isArray(data) && data.length === 0;
  return (
    <>
      {query.isPending && loading ? <p className={loadingClass}>{loading}</p> : null}
      {query.isError ? <Notice tone="error">{query.error?.message}</Notice> : null}
      {isEmpty && empty !== undefined ? <p className="muted">{empty}</p> : null}
      {data !== undefined && !(isEmpty && empty !== undefined) ? children(data) : null}
    </>
  );
}
