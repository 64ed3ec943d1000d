import type { RefreshSet } from '../../lib/refresh';

/** Riders, rider templates and the consent status of scenes and productions. */
export const consentQueries = [
  'rider.list',
  'rider.get',
  'riderTemplate.list',
  'consent.scene',
  'consent.production',
] as const satisfies RefreshSet;
