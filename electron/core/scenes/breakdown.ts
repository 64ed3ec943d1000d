import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import { type ParsedBreakdown, parseBreakdown } from '../../../shared/scenes/breakdown';
import type { BreakdownPreview } from '../../../shared/scenes/breakdown-schema';
import { listMembers } from '../people/people';
import type { Db } from '../vault/connection';
import { createScene } from './scenes';

function parse(db: Db, input: ParsedInput<'breakdown.preview'>): ParsedBreakdown {
  const cast = listMembers(db, input.productionId).map((m) => ({
    personId: m.person.id,
    name: m.person.name,
    role: m.role,
    dateOfBirth: m.person.dateOfBirth,
    isMinor: m.person.isMinor,
  }));
  const takenScenes = db
    .prepare('SELECT episode, number FROM scene WHERE production_id = ? AND deleted_at IS NULL')
    .all(input.productionId) as { episode: string; number: string }[];
  return parseBreakdown(input.csv, { productionId: input.productionId, cast, takenScenes });
}

/** Parses and validates; writes nothing. */
export function previewBreakdown(db: Db, input: ParsedInput<'breakdown.preview'>): BreakdownPreview {
  const { rows, errors, ignoredColumns } = parse(db, input);
  return { rows, errors, ignoredColumns };
}

/** Imports every row in one transaction, or nothing at all when any row has a problem. */
export function importBreakdown(
  db: Db,
  input: ParsedInput<'breakdown.import'>,
): { created: number; sceneIds: string[] } {
  const parsed = parse(db, input);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new AppError(
      'VALIDATION',
      `Nothing was imported: ${parsed.errors.length} problem(s), the first on row ${first?.row} (${first?.column}): ${first?.message}`,
      {
        issues: parsed.errors.map((e) => ({
          path: `rows.${e.row}${e.column ? `.${e.column}` : ''}`,
          message: e.message,
        })),
        detail: { errors: parsed.errors },
      },
    );
  }
  return db.transaction(() => {
    const sceneIds = parsed.inputs.map((scene) => createScene(db, scene).id);
    return { created: sceneIds.length, sceneIds };
  })();
}
