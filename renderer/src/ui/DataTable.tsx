import type { HTMLAttributes, ReactNode } from 'react';
import './binder.css';

/** One column head: its label, and whether only screen readers hear it (an "Actions" column). */
export type Column = string | { label: ReactNode; className?: string; hidden?: boolean; key?: string };

/** The table head: each column a `th scope="col"`, a hidden label for action columns. */
function Head({ columns }: { columns: readonly (Column | null)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          if (c === null) return null;
          if (typeof c === 'string') {
            return (
              <th key={c} scope="col">
                {c}
              </th>
            );
          }
          return (
            <th key={c.key ?? (typeof c.label === 'string' ? c.label : i)} scope="col" className={c.className}>
              {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/**
 * The binder's one table: column heads, a row per record (the caller renders its cells) and,
 * with `empty`, the muted line shown instead of an empty table. `null` columns are left out.
 */
export function DataTable<R>({
  columns,
  rows,
  rowKey,
  rowProps,
  empty,
  className,
  label,
  labelledBy,
  children,
}: {
  columns: readonly (Column | null)[];
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  rowProps?: (row: R) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, unknown>;
  empty?: ReactNode;
  className?: string;
  label?: string;
  labelledBy?: string;
  children: (row: R) => ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="muted">{empty}</p>;
  return (
    <table className={`table ${className ?? ''}`.trim()} aria-label={label} aria-labelledby={labelledBy}>
      {columns.length > 0 ? <Head columns={columns} /> : null}
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {children(row)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The "Actions" column head every table with row buttons ends with. */
export const ACTIONS: Column = { label: 'Actions', hidden: true };
