import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type AuditRow, auditEntryFromRow, auditRecordFromRow } from '../../electron/core/audit/rows';
import { beatFromRow, readinessBeatFromRow } from '../../electron/core/choreography/rows';
import { closureFromRow, openFollowUpFromRow } from '../../electron/core/closure/rows';
import { communicationFromRow } from '../../electron/core/communication/rows';
import {
  consentCheckInFromRow,
  riderFactFromRow,
  riderVersionFromRow,
  templateFromRow,
  versionSceneFromRow,
} from '../../electron/core/consent/rows';
import {
  movementFromRow,
  needFactsFromRow,
  type StoredMovementRow,
  storedMovementFromRow,
  variantFromRow,
} from '../../electron/core/garments/rows';
import { markFromRow } from '../../electron/core/onset/rows';
import { memberFromRow, type PersonRow, personFromRow } from '../../electron/core/people/rows';
import {
  performerFromRow,
  readinessCastFromRow,
  readinessSceneFromRow,
  type SceneRow,
  sceneFromRow,
  upcomingSceneFromRow,
} from '../../electron/core/scenes/rows';

/*
 * Convention 4 of docs/ARCHITECTURE.md: one row mapper per table, in the owning domain's rows.ts,
 * used by every service and aggregator. A snake_case property read (`row.created_at`) anywhere
 * else in electron/core is a second, hand-written mapping of a SQL row, and fails this test.
 */

const CORE = path.join(import.meta.dirname, '../../electron/core');

/** A name with an underscore between lowercase words: a SQL column, never one of our camelCase fields. */
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/**
 * Snake_case reads that are not rows of our tables. Keep it short; each entry says why.
 * Keys are paths under electron/core; values are the property names allowed there.
 */
const ALLOWED: Record<string, readonly string[]> = {
  // better-sqlite3 returns a PRAGMA's answer as a row keyed by the pragma's own name.
  'vault/connection.ts': ['quick_check', 'integrity_check'],
};

interface RowRead {
  line: number;
  name: string;
  text: string;
}

/**
 * Every snake_case property read in a TypeScript source: `a.b_c`, `a?.b_c`, `a['b_c']` and
 * `const { b_c } = a`. SQL inside strings and template literals is text, not code, so it is never
 * counted (the AST sees only the `${...}` parts of a template).
 */
function findRowReads(fileName: string, source: string): RowRead[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: RowRead[] = [];
  const add = (node: ts.Node, name: string) =>
    out.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, name, text: node.getText() });
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && SNAKE.test(node.name.text)) add(node, node.name.text);
    else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      SNAKE.test(node.argumentExpression.text)
    )
      add(node, node.argumentExpression.text);
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      if ((ts.isIdentifier(key) || ts.isStringLiteral(key)) && SNAKE.test(key.text)) add(node, key.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function coreSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : coreSources(full);
    return e.name.endsWith('.ts') && e.name !== 'rows.ts' ? [full] : [];
  });
}

describe('one row mapper per table', () => {
  const files = coreSources(CORE).map((f) => ({
    rel: path.relative(CORE, f).split(path.sep).join('/'),
    reads: findRowReads(f, readFileSync(f, 'utf8')),
  }));

  it('scans the services and aggregators of every domain', () => {
    const scanned = files.map((f) => f.rel);
    for (const f of ['readiness/readiness.ts', 'dashboard/sources.ts', 'onset/onset.ts', 'handoff/snapshot.ts'])
      expect(scanned).toContain(f);
    expect(scanned.some((f) => f.endsWith('/rows.ts'))).toBe(false);
  });

  it('reads no snake_case column outside a rows.ts', () => {
    const found = files.flatMap(({ rel, reads }) =>
      reads
        .filter((r) => !(ALLOWED[rel] ?? []).includes(r.name))
        .map((r) => `${rel}:${r.line}: ${r.text} (map the row in its domain's rows.ts)`),
    );
    expect(found).toEqual([]);
  });

  it('keeps the allow-list honest: every entry is still needed', () => {
    for (const [rel, names] of Object.entries(ALLOWED)) {
      const seen = new Set(files.find((f) => f.rel === rel)?.reads.map((r) => r.name));
      for (const name of names) expect(seen, `${rel} no longer reads ${name}`).toContain(name);
    }
  });

  it('catches a hand-mapped row in a service, and ignores SQL text', () => {
    const service = `
      const sql = \`SELECT s.created_at, s.production_id FROM scene s WHERE s.id = \${'x'}\`;
      const row = db.prepare('SELECT created_at FROM scene').get() as { created_at: string };
      export const at = row.created_at;
      export const maybe = found?.deleted_at;
      export const byKey = row['person_id'];
      const { shoot_date: date } = row;
      export const fine = row.createdAt + MAX_ROWS + sql;`;
    expect(findRowReads('service.ts', service).map((r) => r.text)).toEqual([
      'row.created_at',
      'found?.deleted_at',
      "row['person_id']",
      'shoot_date: date',
    ]);
  });
});

const STAMPS = { created_at: '2026-03-01T10:00:00.000Z', updated_at: '2026-03-02T10:00:00.000Z' };

const person: PersonRow = {
  id: 'P1',
  name: 'Ada Lane',
  pronouns: 'she/her',
  email: '',
  phone: '',
  representative: '',
  date_of_birth: null,
  is_minor: 0,
  sizes: '{"bust":"34B","shoe":"39"}',
  allergies: 'latex',
  adhesive_allergy: 1,
  allergens: '["latex"]',
  skin_tone: 'Deep',
  fitter_preference: 'A woman fitter',
  notes: '',
  deleted_at: null,
  ...STAMPS,
};

describe('row mappers with logic', () => {
  it('person: flags from 0/1, sizes from JSON, nullable dates kept null', () => {
    const p = personFromRow(person);
    expect(p).toMatchObject({ isMinor: false, adhesiveAllergy: true, sizes: { bust: '34B', shoe: '39' } });
    expect(p).toMatchObject({ allergens: ['latex'], skinTone: 'Deep', fitterPreference: 'A woman fitter' });
    expect(p.dateOfBirth).toBeNull();
    expect(p.deletedAt).toBeNull();
    expect(p.createdAt).toBe(STAMPS.created_at);
    expect(personFromRow({ ...person, is_minor: 1, sizes: '{}' })).toMatchObject({ isMinor: true, sizes: {} });
  });

  it('member: its own prefixed columns, the person mapped by the person mapper', () => {
    const m = memberFromRow({
      ...person,
      m_id: 'M1',
      production_id: 'PR1',
      role: 'performer',
      character_name: 'Nora',
      department: '',
      cast_number: '3',
      m_deleted_at: null,
      m_created_at: '2026-01-01T00:00:00.000Z',
      m_updated_at: '2026-01-02T00:00:00.000Z',
    });
    expect(m).toMatchObject({ id: 'M1', productionId: 'PR1', characterName: 'Nora', castNumber: '3', deletedAt: null });
    expect(m.person).toEqual(personFromRow(person));
    expect(m.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  const scene: SceneRow = {
    id: 'S1',
    production_id: 'PR1',
    number: '12A',
    episode: '',
    page_eighths: 11,
    script_day: 'D3',
    shoot_date: '2026-06-10',
    call_time: '07:30',
    location: 'Stage 2',
    int_ext: 'INT',
    day_night: 'NIGHT',
    set_name: "Nora's flat",
    start_page: '14',
    omitted: 0,
    intimacy_types: '["simulated-sex"]',
    risk_level: 'medium',
    mitigation: '',
    closed_set: '["Director","DP"]',
    monitors_restricted_to: 'Director',
    ic_present: 0,
    body_doubles: '',
    story_context: '',
    director_intent: '',
    audience_sees: '',
    heightened_flags: '[]',
    deleted_at: null,
    ...STAMPS,
  };

  it('scene: JSON lists parsed, the IC flag from 0/1, the call placed in the time zone', () => {
    const s = sceneFromRow(scene, 'Europe/London', []);
    expect(s).toMatchObject({
      intimacyTypes: ['simulated-sex'],
      closedSet: ['Director', 'DP'],
      heightenedFlags: [],
      icPresent: false,
      pageEighths: 11,
      callAt: '2026-06-10T06:30:00.000Z',
      intExt: 'INT',
      dayNight: 'NIGHT',
      setName: "Nora's flat",
      omitted: false,
      label: '12A',
    });
    expect(sceneFromRow({ ...scene, episode: '101', omitted: 1 }, 'Europe/London', [])).toMatchObject({
      label: '101/12A',
      omitted: true,
    });
    expect(sceneFromRow({ ...scene, shoot_date: null }, 'Europe/London', []).callAt).toBeNull();
    expect(readinessSceneFromRow(scene)).toEqual({
      id: 'S1',
      intimacyTypes: ['simulated-sex'],
      storyContext: '',
      directorIntent: '',
      audienceSees: '',
      riskLevel: 'medium',
      mitigation: '',
      closedSet: ['Director', 'DP'],
      icPresent: false,
    });
    expect(upcomingSceneFromRow(scene)).toMatchObject({ shootDate: '2026-06-10', intimacyTypes: ['simulated-sex'] });
  });

  it('scene performers: simulated sex from 0/1, a missing cast entry as an empty character name, minors by date', () => {
    const row = {
      ...person,
      date_of_birth: '2009-01-01',
      scene_id: 'S1',
      nudity: 'partial' as const,
      simulated_sex: 1,
      role: null,
      character_name: null,
      cast_number: null,
      shoot_date: '2026-06-10',
    };
    expect(performerFromRow(row)).toEqual({
      personId: 'P1',
      name: 'Ada Lane',
      role: null,
      characterName: '',
      castNumber: '',
      nudity: 'partial',
      simulatedSex: true,
      isMinorOnShootDate: true,
    });
    const adult = readinessCastFromRow({
      scene_id: 'S1',
      person_id: 'P1',
      name: 'Ada Lane',
      nudity: 'none',
      simulated_sex: 0,
      role: 'performer',
      date_of_birth: '1990-05-05',
      is_minor: 1,
      shoot_date: '2026-06-10',
    });
    // A date of birth outranks the stored flag.
    expect(adult).toEqual({
      sceneId: 'S1',
      performer: {
        personId: 'P1',
        name: 'Ada Lane',
        role: 'performer',
        isMinorOnShootDate: false,
        nudity: 'none',
        simulatedSex: false,
      },
    });
  });

  const audit: AuditRow = {
    seq: 7,
    id: 'A1',
    at: '2026-03-01T10:00:00.000Z',
    production_id: 'PR1',
    entity: 'scene',
    entity_id: 'S1',
    action: 'update',
    actor: 'IC',
    old_value: null,
    new_value: '{"riskLevel":"high"}',
    prev_hash: '0'.repeat(64),
    hash: 'f'.repeat(64),
  };

  it('audit: values parsed for the app, kept verbatim (without the local seq) for a handoff', () => {
    expect(auditEntryFromRow({ ...audit, number: 3 })).toMatchObject({
      seq: 7,
      number: 3,
      oldValue: null,
      newValue: { riskLevel: 'high' },
    });
    const record = auditRecordFromRow(audit);
    expect(record).toEqual({
      id: 'A1',
      at: '2026-03-01T10:00:00.000Z',
      productionId: 'PR1',
      entity: 'scene',
      entityId: 'S1',
      action: 'update',
      actor: 'IC',
      oldValue: null,
      newValue: '{"riskLevel":"high"}',
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    });
    expect('seq' in record).toBe(false);
  });

  it('communication, closure and beats: their JSON columns parsed', () => {
    const c = communicationFromRow({
      id: 'B1',
      production_id: 'PR1',
      person_id: 'P1',
      areas: '{"chest":"no-contact"}',
      notes: '',
      break_signal: 'Hold',
      preferred_name: '',
      notify: '["P2"]',
      ...STAMPS,
    });
    expect(c).toMatchObject({ areas: { chest: 'no-contact' }, notify: ['P2'], breakSignal: 'Hold' });
    const closure = closureFromRow({
      id: 'C1',
      scene_id: 'S1',
      person_id: 'P1',
      practices: '["breath"]',
      practice_note: '',
      debrief: '',
      next_shoot_notes: '',
      ...STAMPS,
    });
    expect(closure.practices).toEqual(['breath']);
    expect(
      openFollowUpFromRow({ scene_id: 'S1', description: 'Call agent', due_date: '2026-06-11', done_at: null }),
    ).toEqual({ sceneId: 'S1', followUp: { description: 'Call agent', dueDate: '2026-06-11', doneAt: null } });
    const beatRow = {
      version_id: 'V1',
      id: 'BT1',
      position: 0,
      title: 'Kiss',
      performer_ids: '["P1","P2"]',
      contacts: '[{"from":"P1","to":"P2","area":"face"}]',
      body_position: 'standing',
      camera_angle: '',
      on_screen: '',
      description: '',
    };
    expect(beatFromRow(beatRow)).toMatchObject({ performerIds: ['P1', 'P2'], contacts: [{ area: 'face' }] });
    expect(readinessBeatFromRow({ ...beatRow, scene_id: 'S1' }).beat).not.toHaveProperty('title');
  });

  it('consent: terms parsed and checked, nullable signature fields kept null, deleted scenes flagged', () => {
    const t = templateFromRow({
      id: 'T1',
      production_id: 'PR1',
      name: 'Standard',
      terms: '{"nudity":"partial"}',
      deleted_at: null,
      ...STAMPS,
    });
    expect(t.terms).toMatchObject({ nudity: 'partial', acts: [] });
    expect(() =>
      templateFromRow({
        ...{ id: 'T2', production_id: 'PR1', name: 'Bad', deleted_at: null, ...STAMPS },
        terms: '{"nudity":"everything"}',
      }),
    ).toThrow();
    const v = riderVersionFromRow(
      {
        id: 'V1',
        rider_id: 'R1',
        version: 2,
        status: 'sent',
        terms: '{}',
        sent_at: '2026-03-01T10:00:00.000Z',
        signed_at: null,
        signature_kind: null,
        signature_image: null,
        signed_name: null,
        witness: null,
        withdrawn_at: null,
        withdrawal_reason: null,
        ...STAMPS,
      },
      ['S1'],
    );
    expect(v).toMatchObject({ riderId: 'R1', sceneIds: ['S1'], signedAt: null, signatureKind: null });
    expect(
      versionSceneFromRow({
        version_id: 'V1',
        id: 'S1',
        number: '4',
        episode: '102',
        deleted_at: '2026-01-01T00:00:00Z',
      }),
    ).toEqual({ versionId: 'V1', scene: { id: 'S1', number: '4', label: '102/4', deleted: true } });
    const fact = riderFactFromRow(
      {
        rider_id: 'R1',
        person_id: 'P1',
        v_id: 'V1',
        version: 2,
        status: 'sent',
        terms: '{}',
        sent_at: '2026-03-01T10:00:00.000Z',
        signed_at: null,
        withdrawn_at: null,
      },
      new Map([['V1', [{ id: 'S1' }, { id: 'S2' }]]]),
    );
    expect(fact.sceneIds).toEqual(['S1', 'S2']);
    expect(
      consentCheckInFromRow({
        id: 'K1',
        rider_id: 'R1',
        version: 2,
        kind: 'shoot-day',
        at: '2026-06-10T07:00:00.000Z',
        who: 'Ada Lane',
        outcome: 'confirmed',
        note: '',
        scene_id: null,
        shoot_date: null,
        voided_at: null,
        void_reason: '',
        created_at: STAMPS.created_at,
      }),
    ).toMatchObject({ sceneId: null, shootDate: null, voidedAt: null, riderId: 'R1' });
  });

  it('pre-roll marks: done from 0/1, a scene-wide mark (stored person "") has no performer', () => {
    const mark = markFromRow(
      {
        scene_id: 'S1',
        shoot_date: '2026-06-10',
        item: 'closed-set',
        person_id: '',
        done: 1,
        value: '',
        marked_at: '2026-06-10T06:00:00.000Z',
      },
      'Europe/London',
    );
    expect(mark).toMatchObject({ sceneId: 'S1', date: '2026-06-10', personId: null, done: true });
    expect(mark.markedAtLocal).toBe('07:00 BST');
  });

  it('garments: variant label and adhesive flag derived, allergy from 0/1, movements signed and acknowledged', () => {
    const v = variantFromRow({
      id: 'GV1',
      type_id: 'GT1',
      type_name: 'Modesty tape',
      kind: 'modesty-tape',
      code: 'MT-1',
      size: '',
      skin_tone: 'Light',
      material: 'Silicone',
      adhesive_type: '',
      care: 'single-use',
      unit: 'roll',
      supplier: '',
      unit_cost_minor: 250,
      currency: 'GBP',
      reorder_threshold: 0,
      deleted_at: null,
      ...STAMPS,
    });
    expect(v).toMatchObject({
      label: 'Modesty tape · Light · Silicone',
      isAdhesive: true,
      unitCostMinor: 250,
      unit: 'roll',
    });
    const need = needFactsFromRow({
      id: 'N1',
      production_id: 'PR1',
      scene_id: 'S1',
      scene_number: '4',
      shoot_date: null,
      person_id: 'P1',
      person_name: 'Ada Lane',
      adhesive_allergy: 1,
      allergies: 'latex',
      allergens: '["latex"]',
      variant_id: 'GV1',
      quantity: 2,
      note: '',
      ...STAMPS,
    });
    expect(need.wearer).toEqual({ name: 'Ada Lane', adhesiveAllergy: true, allergies: 'latex', allergens: ['latex'] });
    expect(need.shootDate).toBeNull();
    const stored: StoredMovementRow = {
      seq: 3,
      id: 'GM1',
      production_id: 'PR1',
      variant_id: 'GV1',
      kind: 'received',
      quantity: 5,
      from_state: 'none',
      from_lot: '',
      to_state: 'store',
      to_lot: '',
      person_id: null,
      scene_id: null,
      counted: null,
      allergy_acknowledged: 0,
      note: '',
      at: '2026-03-01T10:00:00.000Z',
      reverses: null,
    };
    expect(storedMovementFromRow(stored)).toMatchObject({ allergyAcknowledged: false, counted: null, reverses: null });
    const line = movementFromRow({
      ...stored,
      allergy_acknowledged: 1,
      person_name: null,
      scene_number: null,
      variant_code: 'MT-1',
      variant_label: 'Modesty tape · Light',
      reverses_seq: null,
      reversed_by_seq: 9,
    });
    expect(line).toMatchObject({ totalDelta: 5, allergyAcknowledged: true, reversedBySeq: 9, variantCode: 'MT-1' });
    expect(
      movementFromRow({
        ...stored,
        kind: 'consumed',
        from_state: 'issued',
        to_state: 'none',
        person_name: null,
        scene_number: null,
        variant_code: '',
        variant_label: '',
        reverses_seq: null,
        reversed_by_seq: null,
      }).totalDelta,
    ).toBe(-5);
  });
});
