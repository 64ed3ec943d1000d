import { z } from 'zod';
import { BodyAreaId } from '../communication/schema';
import { Id, IsoDateTime, text } from '../kit/fields';

/** What makes the contact: the body part or object touching. */
export const CONTACT_MEANS = ['hand', 'mouth', 'face', 'body', 'arm', 'leg', 'prop', 'other'] as const;
export type ContactMeans = (typeof CONTACT_MEANS)[number];
export const CONTACT_MEANS_LABELS: Record<ContactMeans, string> = {
  hand: 'Hand',
  mouth: 'Mouth',
  face: 'Face',
  body: 'Body (torso)',
  arm: 'Arm',
  leg: 'Leg',
  prop: 'Prop',
  other: 'Other',
};

export const Contact = z.strictObject({
  /** Who touches. */
  fromPersonId: Id,
  /** Who is touched: their body map decides whether the contact is flagged. */
  toPersonId: Id,
  area: BodyAreaId,
  means: z.enum(CONTACT_MEANS, { message: 'Choose what makes the contact' }).default('hand'),
  /** For an "ask first" area: the performer was asked and agreed to this contact. */
  confirmed: z.boolean().default(false),
});
export type Contact = z.infer<typeof Contact>;

export const BeatInput = z.strictObject({
  /** Present for a beat carried over from the previous version; absent for a new beat. */
  id: Id.optional(),
  title: text(200, 'Beat title').default(''),
  performerIds: z.array(Id).max(50, 'At most 50 performers in a beat').default([]),
  contacts: z.array(Contact).max(50, 'At most 50 contacts in a beat').default([]),
  bodyPosition: text(2000, 'Position').default(''),
  cameraAngle: text(2000, 'Camera angle').default(''),
  onScreen: text(4000, 'What is seen on screen').default(''),
  description: text(10_000, 'Description').default(''),
});
export type BeatInput = z.input<typeof BeatInput>;

export const Beat = z.object({
  id: Id,
  position: z.number().int(),
  title: z.string(),
  performerIds: z.array(Id),
  contacts: z.array(Contact),
  bodyPosition: z.string(),
  cameraAngle: z.string(),
  onScreen: z.string(),
  description: z.string(),
});
export type Beat = z.infer<typeof Beat>;

export const BeatFlag = z.object({
  beatId: Id,
  /** 1-based, as the beat list numbers them. */
  beatNumber: z.number().int(),
  contactIndex: z.number().int(),
  severity: z.enum(['never', 'ask']),
  /** An "ask first" contact the performer has agreed to; kept visible but no longer holds readiness. */
  confirmed: z.boolean(),
  personId: Id,
  area: BodyAreaId,
  message: z.string(),
});
export type BeatFlag = z.infer<typeof BeatFlag>;

export const BeatVersionInfo = z.object({
  version: z.number().int(),
  note: z.string(),
  beatCount: z.number().int(),
  savedAt: IsoDateTime,
});
export type BeatVersionInfo = z.infer<typeof BeatVersionInfo>;

/** One version of a scene's choreography with its flags against the current body maps. */
export const BeatSheet = z.object({
  sceneId: Id,
  /** 0 when nothing has been saved yet. */
  version: z.number().int(),
  latestVersion: z.number().int(),
  note: z.string(),
  savedAt: IsoDateTime.nullable(),
  beats: z.array(Beat),
  flags: z.array(BeatFlag),
});
export type BeatSheet = z.infer<typeof BeatSheet>;

export const SaveBeatsInput = z.strictObject({
  sceneId: Id,
  /** The version the edit started from; a save over a newer version is refused, so nothing is lost. */
  baseVersion: z.number().int().min(0),
  note: text(400, 'Version note').default(''),
  beats: z.array(BeatInput).max(300, 'At most 300 beats in a scene'),
});

/** One beat's contacts as the form holds them, to be checked before it is saved. */
export const CheckBeatInput = z.strictObject({
  sceneId: Id,
  /** Where the beat sits (1-based), so the warnings number it as the list will. */
  beatNumber: z.number().int().min(1).max(300),
  contacts: z.array(Contact).max(50, 'At most 50 contacts in a beat'),
});

export const MoveBeatsInput = z.strictObject({
  sceneId: Id,
  baseVersion: z.number().int().min(0),
  /** Every beat id of the base version, in the new order. */
  order: z.array(Id).max(300),
});
