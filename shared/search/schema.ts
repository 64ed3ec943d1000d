import { z } from 'zod';
import { Id, text } from '../kit/fields';

export const SearchQuery = z.strictObject({
  text: text(200, 'Search text'),
  /** Search one production (scenes, cast, its records); null searches the whole vault. */
  productionId: Id.nullable().default(null),
  limit: z.number().int().min(1).max(100).default(20),
});

export const SearchHit = z.object({
  /** production, scene, person, member, and the kinds other domains register (rider, garment...). */
  kind: z.string(),
  id: Id,
  productionId: Id.nullable(),
  /** The record the hit opens within (the scene of a follow-up), or null. */
  parentId: Id.nullable(),
  productionTitle: z.string().nullable(),
  title: z.string(),
  detail: z.string(),
  /** A few words of the body around the match, when the match is in the body. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;
