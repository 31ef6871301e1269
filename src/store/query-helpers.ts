/** @module store/query-helpers — small Kysely helpers shared by every domain store. */
import type { SelectQueryBuilder } from 'kysely';
import type { ListOptions, Page, TimeRange } from './types.js';

/** Applies `created_at[...]` bounds to a query on a table with a `created_at` column. */
export function whereCreatedAt<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: string,
  range: TimeRange | undefined,
): SelectQueryBuilder<DB, TB, O> {
  if (!range) return query;
  // Kysely's typed references cannot express "a column of any of these tables"; the names are ours.
  let q = query as SelectQueryBuilder<any, any, O>;
  if (range.gt !== undefined) q = q.where(column, '>', range.gt);
  if (range.gte !== undefined) q = q.where(column, '>=', range.gte);
  if (range.lt !== undefined) q = q.where(column, '<', range.lt);
  if (range.lte !== undefined) q = q.where(column, '<=', range.lte);
  return q as SelectQueryBuilder<DB, TB, O>;
}

/** Keyset pagination on an id column (ids sort by creation): applies cursor, order and limit+1. */
export function pageById<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  column: string,
  options: Pick<ListOptions, 'after' | 'order' | 'limit'>,
): SelectQueryBuilder<DB, TB, O> {
  const order = options.order ?? 'desc';
  let q = query as SelectQueryBuilder<any, any, O>;
  if (options.after !== undefined) q = q.where(column, order === 'desc' ? '<' : '>', options.after);
  return q.orderBy(column, order).limit(options.limit + 1) as SelectQueryBuilder<DB, TB, O>;
}

/** Turns `limit + 1` fetched rows into a page. */
export function toPage<T>(rows: T[], limit: number): Page<T> {
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** True for a unique-constraint violation on either backend (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}
