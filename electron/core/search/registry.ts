import { SCENE_LABEL_SQL } from '../scenes/rows';

/**
 * What is searchable, in one place. Each domain adds one entry: the table whose rows are the
 * documents (aliased `t`, the document id is always `t.id`), the SQL expressions for the document's
 * production, title, detail line and body text, which rows are live, and the other tables whose
 * changes alter its text (a member's title is the person's name). The search index installs
 * triggers from this list and rebuilds itself whenever the list (or the schema) changes.
 */
export interface SearchSource {
  /** The kind of record; the renderer maps it to the screen where the record is edited. */
  kind: string;
  /** The table the documents come from; `t` in the expressions below. */
  table: string;
  /** Extra joins after `FROM <table> t`. */
  joins?: string;
  productionId: string;
  /** The record a hit opens within (a follow-up opens its scene); 'NULL' when it opens itself. */
  parentId?: string;
  title: string;
  detail: string;
  body: string;
  /** Which rows are searchable (soft-deleted rows are not). */
  where: string;
  /** Other tables whose changes alter these documents, and which document ids a changed row touches. */
  dependsOn?: { table: string; ids: (row: 'NEW' | 'OLD') => string }[];
}

export const SEARCH_SOURCES: SearchSource[] = [
  {
    kind: 'production',
    table: 'production',
    productionId: 't.id',
    title: 't.title',
    detail: 't.company',
    body: "''",
    where: 't.archived_at IS NULL',
  },
  {
    kind: 'scene',
    table: 'scene',
    productionId: 't.production_id',
    title: `'Scene ' || ${SCENE_LABEL_SQL}`,
    detail: "trim(CASE WHEN t.episode <> '' THEN 'Ep. ' || t.episode || ' · ' ELSE '' END || t.location)",
    body: "t.story_context || ' ' || t.director_intent || ' ' || t.audience_sees || ' ' || t.mitigation || ' ' || t.script_day || ' ' || t.set_name",
    where: 't.deleted_at IS NULL',
  },
  {
    kind: 'person',
    table: 'person',
    productionId: 'NULL',
    title: 't.name',
    detail: 't.pronouns',
    body: 't.representative',
    where: 't.deleted_at IS NULL',
  },
  {
    kind: 'member',
    table: 'production_member',
    joins: 'JOIN person p ON p.id = t.person_id',
    productionId: 't.production_id',
    title: 'p.name',
    detail: "CASE t.role WHEN 'crew' THEN t.department ELSE t.character_name END",
    body: 't.role',
    where: 't.deleted_at IS NULL AND p.deleted_at IS NULL',
    dependsOn: [{ table: 'person', ids: (row) => `SELECT id FROM production_member WHERE person_id = ${row}.id` }],
  },
  {
    kind: 'break',
    table: 'break_log',
    joins: 'JOIN person p ON p.id = t.person_id',
    productionId: 't.production_id',
    title: "'Break: ' || p.name",
    detail: 't.shoot_date',
    body: 't.note',
    where: "t.deleted_at IS NULL AND t.note <> ''",
  },
  {
    kind: 'follow-up',
    table: 'follow_up',
    joins: 'JOIN scene s ON s.id = t.scene_id LEFT JOIN person p ON p.id = t.person_id',
    productionId: 's.production_id',
    parentId: 't.scene_id',
    title: 't.description',
    detail:
      "'Scene ' || s.number || CASE WHEN p.name IS NULL THEN '' ELSE ' · ' || p.name END || ' · due ' || t.due_date",
    body: "''",
    where: 't.deleted_at IS NULL AND s.deleted_at IS NULL',
    dependsOn: [
      { table: 'scene', ids: (row) => `SELECT id FROM follow_up WHERE scene_id = ${row}.id` },
      { table: 'person', ids: (row) => `SELECT id FROM follow_up WHERE person_id = ${row}.id` },
    ],
  },
  {
    kind: 'closure',
    table: 'closure',
    joins: 'JOIN scene s ON s.id = t.scene_id JOIN person p ON p.id = t.person_id',
    productionId: 's.production_id',
    parentId: 't.scene_id',
    title: "'Closure: ' || p.name || ', scene ' || s.number",
    detail: 't.practice_note',
    body: "t.debrief || ' ' || t.next_shoot_notes",
    where: 's.deleted_at IS NULL',
    dependsOn: [
      { table: 'scene', ids: (row) => `SELECT id FROM closure WHERE scene_id = ${row}.id` },
      { table: 'person', ids: (row) => `SELECT id FROM closure WHERE person_id = ${row}.id` },
    ],
  },
  {
    kind: 'check-in',
    table: 'check_in',
    joins: 'JOIN person p ON p.id = t.person_id',
    productionId: 't.production_id',
    parentId: 't.scene_id',
    title: "upper(substr(t.kind, 1, 1)) || substr(t.kind, 2) || ' with ' || p.name",
    detail: "substr(t.at, 1, 10) || CASE WHEN t.attendees <> '' THEN ' · ' || t.attendees ELSE '' END",
    body: 't.agreed',
    where: 't.deleted_at IS NULL',
    dependsOn: [{ table: 'person', ids: (row) => `SELECT id FROM check_in WHERE person_id = ${row}.id` }],
  },
  {
    kind: 'garment',
    table: 'garment_variant',
    joins: 'JOIN garment_type g ON g.id = t.type_id',
    productionId: 'NULL',
    title: "g.name || CASE WHEN t.size <> '' THEN ' (' || t.size || ')' ELSE '' END",
    detail: "trim(t.code || ' · ' || t.skin_tone || ' · ' || t.material || ' · ' || t.supplier, ' ·')",
    body: "t.adhesive_type || ' ' || g.notes",
    where: 't.deleted_at IS NULL AND g.deleted_at IS NULL',
    dependsOn: [{ table: 'garment_type', ids: (row) => `SELECT id FROM garment_variant WHERE type_id = ${row}.id` }],
  },
  {
    // One document per rider, with the text of its current version's terms (free text included).
    kind: 'rider',
    table: 'rider',
    joins: `JOIN person p ON p.id = t.person_id
      JOIN rider_version v ON v.rider_id = t.id AND v.version = (SELECT max(version) FROM rider_version WHERE rider_id = t.id)`,
    productionId: 't.production_id',
    title: "'Rider: ' || p.name || CASE WHEN t.title <> '' THEN ' · ' || t.title ELSE '' END",
    detail: "'Version ' || v.version || ' · ' || v.status",
    body: 'v.terms',
    where: 't.deleted_at IS NULL',
    dependsOn: [
      { table: 'rider_version', ids: (row) => `SELECT ${row}.rider_id` },
      { table: 'person', ids: (row) => `SELECT id FROM rider WHERE person_id = ${row}.id` },
    ],
  },
];
