import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITY_LABELS, auditActorLabel, auditEntityLabel, bodyMapChanges } from '../../../shared/audit/rules';

const CORE = path.join(__dirname, '../../../electron/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every entity string the core writes into the audit trail (`entity: 'body_map'`). */
function auditedEntities(): string[] {
  const found = new Set<string>();
  for (const file of sources(CORE)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bentity: '([^']+)'/g)) found.add(m[1] ?? '');
  }
  return [...found].sort();
}

describe('audit trail words', () => {
  it('has a label for every entity the core audits, and none shows a table name', () => {
    const entities = auditedEntities();
    expect(entities).toContain('body_map');
    expect(entities).toContain('preroll_mark');
    expect(entities).toContain('garment_movement');
    for (const entity of entities) {
      expect(AUDIT_ENTITY_LABELS[entity], `label for ${entity}`).toBeDefined();
      expect(auditEntityLabel(entity)).not.toMatch(/[_]|^[a-z]/);
    }
    expect(auditEntityLabel('body_map')).toBe('Body map');
    expect(auditEntityLabel('preroll_mark')).toBe('Pre-roll check');
    expect(auditEntityLabel('garment_movement')).toBe('Garment movement');
    expect(auditEntityLabel('some_new_table')).toBe('Some new table');
  });

  it('says what a body-map change did, area by area, old -> new', () => {
    expect(
      bodyMapChanges({ areas: { breasts: 'ask', face: 'ok' } }, { areas: { breasts: 'never', face: 'ok' } }),
    ).toEqual(['Breasts: ask first -> never']);
    expect(bodyMapChanges(null, { areas: { face: 'ok' } })).toEqual(['Face: not discussed -> ok']);
  });

  it('never leaves "By" empty', () => {
    expect(auditActorLabel('')).toBe('this device');
    expect(auditActorLabel('Sam Reyes')).toBe('Sam Reyes');
  });
});
