import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id, requiredText, text } from '../kit/fields';
import {
  CheckInInput,
  DoubleCheck,
  DoubleCheckInput,
  RiderCreateInput,
  RiderDetail,
  RiderSummary,
  RiderTemplate,
  RiderTerms,
  RiderUpdateInput,
  SceneConsent,
  SignatureInput,
} from './schema';

const ById = z.strictObject({ id: Id });

export const consentCommands = {
  'rider.list': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, personId: Id.optional(), sceneId: Id.optional() }),
    output: z.array(RiderSummary),
    summary: "A production's riders (or one performer's, or those covering a scene), with their current status",
  }),
  'rider.get': command({
    views: ['full'],
    input: ById,
    output: RiderDetail,
    summary: 'A rider with every version, its check-ins and its audit history',
  }),
  'rider.create': command({
    views: ['full'],
    input: RiderCreateInput,
    output: RiderDetail,
    summary: 'Draft a rider for a performer, from scratch or from a template',
  }),
  'rider.update': command({
    views: ['full'],
    input: RiderUpdateInput,
    output: RiderDetail,
    summary: "Change a draft rider's terms or scenes (a sent or signed version is never edited)",
  }),
  'rider.discard': command({
    views: ['full'],
    input: z.strictObject({ id: Id, discarded: z.boolean().default(true) }),
    output: RiderDetail,
    summary: 'Discard (or restore) a rider draft that was never sent; a sent rider is consent history and stays',
  }),
  'rider.send': command({
    views: ['full'],
    input: ById,
    output: RiderDetail,
    summary: 'Send the draft to the performer; the time is recorded',
  }),
  'rider.sign': command({
    views: ['full'],
    input: z.strictObject({ id: Id, signature: SignatureInput, witness: requiredText(200, 'Witness') }),
    output: RiderDetail,
    summary: 'Record the signature (drawn or typed), with its time and witness',
  }),
  'rider.withdraw': command({
    views: ['full'],
    input: z.strictObject({ id: Id, reason: text(4000, 'Reason').default('') }),
    output: RiderDetail,
    summary: 'Record a withdrawal of consent; it takes effect at once',
  }),
  'rider.newVersion': command({
    views: ['full'],
    input: ById,
    output: RiderDetail,
    summary: 'Start a new draft version from the current one; it needs signing again',
  }),
  'rider.checkIn': command({
    views: ['full'],
    input: CheckInInput,
    output: RiderDetail,
    summary: 'Log a consent check-in (rehearsal, day of shoot): confirmed or changed',
  }),
  'rider.checkDouble': command({
    views: ['full'],
    input: DoubleCheckInput,
    output: DoubleCheck,
    summary: 'Whether a body or digital double may do this, within the terms the performer signed',
  }),
  'riderTemplate.list': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(RiderTemplate),
    summary: "A production's rider templates",
  }),
  'riderTemplate.create': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, name: requiredText(200, 'Template name'), terms: RiderTerms }),
    output: RiderTemplate,
    summary: 'Keep a set of rider terms to start riders from',
  }),
  'riderTemplate.update': command({
    views: ['full'],
    input: z.strictObject({
      id: Id,
      name: requiredText(200, 'Template name').optional(),
      terms: RiderTerms.optional(),
    }),
    output: RiderTemplate,
    summary: 'Change a rider template (riders made from it keep their own terms)',
  }),
  'riderTemplate.delete': command({
    views: ['full'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: z.object({ id: Id }),
    summary: 'Delete (or restore) a rider template; riders made from it keep their terms',
  }),
  'consent.scene': command({
    views: ['full'],
    input: z.strictObject({ sceneId: Id }),
    output: SceneConsent,
    summary: "A scene's consent pillar: per performer, rider status, notice and what is missing",
  }),
  'consent.production': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(SceneConsent),
    summary: 'The consent pillar of every scene in a production',
  }),
} as const satisfies Record<string, CommandSpec>;
