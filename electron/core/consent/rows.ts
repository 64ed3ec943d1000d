import type { RiderFact } from '../../../shared/consent/rules';
import {
  type CheckIn,
  type RiderStatus,
  type RiderSummary,
  type RiderTemplate,
  RiderTerms,
  type RiderVersion,
} from '../../../shared/consent/schema';
import { sceneLabel } from '../../../shared/scenes/rules';

/** Stored terms are JSON checked against the schema on the way out, so a bad row fails loudly. */
function termsOf(json: string): RiderTerms {
  return RiderTerms.parse(JSON.parse(json));
}

/** A `rider_template` row as SQLite returns it, so every reader names the same columns. */
export interface TemplateRow {
  id: string;
  production_id: string;
  name: string;
  terms: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `rider_template` row to a RiderTemplate, its terms parsed and checked. */
export function templateFromRow(r: TemplateRow): RiderTemplate {
  return {
    id: r.id,
    productionId: r.production_id,
    name: r.name,
    terms: termsOf(r.terms),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A template's ownership and discard state, which RiderTemplate does not carry. */
export function templateStateFromRow(r: TemplateRow): {
  id: string;
  productionId: string;
  name: string;
  deletedAt: string | null;
} {
  return { id: r.id, productionId: r.production_id, name: r.name, deletedAt: r.deleted_at };
}

/** A `rider_version` row as SQLite returns it, so every reader names the same columns. */
export interface RiderVersionRow {
  id: string;
  rider_id: string;
  version: number;
  status: RiderStatus;
  terms: string;
  sent_at: string | null;
  signed_at: string | null;
  signature_kind: 'drawn' | 'typed' | null;
  signature_image: string | null;
  signed_name: string | null;
  witness: string | null;
  withdrawn_at: string | null;
  withdrawal_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `rider_version` row (and the scenes it covers) to a RiderVersion. */
export function riderVersionFromRow(r: RiderVersionRow, sceneIds: string[]): RiderVersion {
  return {
    id: r.id,
    riderId: r.rider_id,
    version: r.version,
    status: r.status,
    terms: termsOf(r.terms),
    sceneIds,
    sentAt: r.sent_at,
    signedAt: r.signed_at,
    signatureKind: r.signature_kind,
    signatureImage: r.signature_image,
    signedName: r.signed_name,
    witness: r.witness,
    withdrawnAt: r.withdrawn_at,
    withdrawalReason: r.withdrawal_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The last signed version's number and terms (`v.version, v.terms`), for judging a double. */
export function signedTermsFromRow(r: Pick<RiderVersionRow, 'version' | 'terms'>): {
  version: number;
  terms: RiderTerms;
} {
  return { version: r.version, terms: termsOf(r.terms) };
}

/** A scene a rider version covers, as scenesOfVersions reads it (`vs.version_id, s.id, s.number, s.episode, s.deleted_at`). */
export interface VersionSceneRow {
  version_id: string;
  id: string;
  number: string;
  episode: string;
  deleted_at: string | null;
}

/** A VersionSceneRow as the scene reference a rider summary lists. */
export function versionSceneFromRow(r: VersionSceneRow): {
  versionId: string;
  scene: RiderSummary['scenes'][number];
} {
  return {
    versionId: r.version_id,
    scene: { id: r.id, number: r.number, label: sceneLabel(r), deleted: r.deleted_at !== null },
  };
}

/** A rider with its person and current version, as SUMMARY_SELECT yields it (rider columns prefixed `r_`). */
export interface SummaryRow {
  r_id: string;
  production_id: string;
  person_id: string;
  person_name: string;
  person_deleted_at: string | null;
  title: string;
  r_created_at: string;
  r_updated_at: string;
  r_deleted_at: string | null;
  v_id: string;
  version: number;
  status: RiderStatus;
  sent_at: string | null;
  signed_at: string | null;
  withdrawn_at: string | null;
}

/** Riders with their current (latest) version, in one query; callers add WHERE and ORDER BY. */
export const SUMMARY_SELECT = `
  SELECT r.id AS r_id, r.production_id, r.person_id, p.name AS person_name, p.deleted_at AS person_deleted_at,
    r.title, r.created_at AS r_created_at, r.updated_at AS r_updated_at, r.deleted_at AS r_deleted_at,
    v.id AS v_id, v.version, v.status, v.sent_at, v.signed_at, v.withdrawn_at
  FROM rider r
  JOIN person p ON p.id = r.person_id
  JOIN rider_version v ON v.rider_id = r.id
    AND v.version = (SELECT MAX(version) FROM rider_version WHERE rider_id = r.id)`;

/** The current version a summary row carries, to read its scenes for many riders at once. */
export const summaryVersionId = (r: SummaryRow): string => r.v_id;

/** The one mapping from a SummaryRow (with the scenes of every version read) to a RiderSummary. */
export function riderSummaryFromRow(
  r: SummaryRow,
  scenesByVersion: ReadonlyMap<string, RiderSummary['scenes']>,
): RiderSummary {
  return {
    id: r.r_id,
    productionId: r.production_id,
    personId: r.person_id,
    personName: r.person_name,
    personDeleted: r.person_deleted_at !== null,
    title: r.title,
    version: r.version,
    status: r.status,
    scenes: scenesByVersion.get(r.v_id) ?? [],
    sentAt: r.sent_at,
    signedAt: r.signed_at,
    withdrawnAt: r.withdrawn_at,
    deletedAt: r.r_deleted_at,
    createdAt: r.r_created_at,
    updatedAt: r.r_updated_at,
  };
}

/** A rider's current version as the consent rules read it, from `rider r JOIN rider_version v`. */
export interface CurrentVersionRow {
  rider_id: string;
  person_id: string;
  v_id: string;
  version: number;
  status: RiderStatus;
  terms: string;
  sent_at: string | null;
  signed_at: string | null;
  withdrawn_at: string | null;
}

/** The current version a CurrentVersionRow carries, to read its scenes for many riders at once. */
export const currentVersionId = (r: CurrentVersionRow): string => r.v_id;

/** A CurrentVersionRow as a rule input, with the scenes its version covers and its full terms. */
export function riderFactFromRow(
  r: CurrentVersionRow,
  scenesByVersion: ReadonlyMap<string, readonly { id: string }[]>,
): RiderFact & { terms: RiderTerms } {
  return {
    riderId: r.rider_id,
    personId: r.person_id,
    version: r.version,
    status: r.status,
    sceneIds: (scenesByVersion.get(r.v_id) ?? []).map((s) => s.id),
    sentAt: r.sent_at,
    signedAt: r.signed_at,
    withdrawnAt: r.withdrawn_at,
    terms: termsOf(r.terms),
  };
}

/** A `consent_checkin` row as SQLite returns it, so every reader names the same columns. */
export interface ConsentCheckInRow {
  id: string;
  rider_id: string;
  version: number;
  kind: CheckIn['kind'];
  at: string;
  who: string;
  outcome: CheckIn['outcome'];
  note: string;
  scene_id: string | null;
  shoot_date: string | null;
  voided_at: string | null;
  void_reason: string;
  created_at: string;
}

/** The one mapping from a `consent_checkin` row to a CheckIn. */
export function consentCheckInFromRow(r: ConsentCheckInRow): CheckIn {
  return {
    id: r.id,
    riderId: r.rider_id,
    version: r.version,
    kind: r.kind,
    at: r.at,
    who: r.who,
    outcome: r.outcome,
    note: r.note,
    sceneId: r.scene_id,
    shootDate: r.shoot_date,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    createdAt: r.created_at,
  };
}
