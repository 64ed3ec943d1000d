import { AppError } from '../../shared/kit/errors';
import type { Production } from '../../shared/productions/schema';
import type { Core } from '../core/core';

/** SQLite's NOCASE folds ASCII letters only; titles match as they always have on the CLI. */
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The production a CLI argument names, by id or exact title (ASCII case aside), read through the command table. */
export async function productionNamed(core: Core, idOrTitle: string): Promise<Production> {
  const all = await core.run('production.list', { includeArchived: true });
  const found = all.find((p) => p.id === idOrTitle) ?? all.find((p) => foldAscii(p.title) === foldAscii(idOrTitle));
  if (!found) throw new AppError('NOT_FOUND', `No production with id or title "${idOrTitle}"`);
  return found;
}
