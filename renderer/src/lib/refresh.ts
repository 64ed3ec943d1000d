import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CommandName } from '../../../shared/commands';

/**
 * A refresh set: the query commands whose cached answers a change can make stale. Each feature's
 * `queries.ts` owns its domain's set and names the other domains a change really affects, so no
 * mutation or undo ever refetches everything.
 */
export type RefreshSet = readonly CommandName[];

/** The part of TanStack's client a refresh needs, so the wiring is tested in Node with a fake. */
export type Invalidator = Pick<QueryClient, 'invalidateQueries'>;

/** Joins a domain's own queries with the domains it affects, each command once. */
export function refreshSet(...parts: RefreshSet[]): RefreshSet {
  return [...new Set(parts.flat())];
}

/** Invalidates every input of each command in the set (query keys start with the command name). */
export async function refreshQueries(client: Invalidator, set: RefreshSet): Promise<void> {
  await Promise.all(set.map((name) => client.invalidateQueries({ queryKey: [name] })));
}

/** A screen's "refetch what this change touched", bound to a domain's refresh set (its getter, a stable identity). */
export function useRefresh(set: () => RefreshSet): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => refreshQueries(client, set()), [client, set]);
}
