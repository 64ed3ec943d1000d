import { BODY_AREA_LABELS, CONSENT_ACT_LABELS, RIDER_STATUS_LABELS } from '../../../../shared/consent/schema';
import { sceneLabel } from '../../../../shared/scenes/rules';
import { NUDITY_LABELS } from '../../../../shared/scenes/schema';
import { COLOR, emptyNote, fields, filled, heading, paragraph } from './layout';
import { localInstant } from './model';
import type { Section } from './section';

const yesNo = (b: boolean | undefined) => (b ? 'Yes' : 'No');

/**
 * Riders in the coordinator's full binder: every rider, its current terms in full, how and when
 * it was signed, and the earlier versions by status and date (their terms travel in the package).
 * Only a cut that carried riders has this section; the costume and production cuts never do.
 */
export const ridersSection: Section = {
  id: 'riders',
  title: 'Riders and consent',
  applies: (m) => (m.view.tables.riderVersion?.length ?? 0) > 0,
  render(doc, m) {
    const t = m.view.tables;
    const local = (iso: string | null | undefined) => localInstant(iso, m.view.production.timeZone);
    const names = new Map(m.people.map((p) => [p.id, p.name ?? '']));
    const scenes = new Map(m.scenes.map((s) => [s.scene.id, sceneLabel(s.scene)]));
    // A discarded draft never reached the performer: it is not part of the binder.
    const riders = (t.rider ?? []).filter((r) => !r.deletedAt);
    if (riders.length === 0) return emptyNote(doc, 'No riders.');
    for (const rider of riders) {
      const versions = (t.riderVersion ?? [])
        .filter((v) => v.riderId === rider.id)
        .sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
      const v = versions[0];
      if (!v?.terms) continue;
      const covered = (t.riderVersionScene ?? [])
        .filter((x) => x.versionId === v.id)
        .map((x) => scenes.get(x.sceneId) ?? '(deleted scene)');
      heading(
        doc,
        `${names.get(rider.personId) ?? 'Performer'}: version ${v.version}, ${v.status ? RIDER_STATUS_LABELS[v.status].toLowerCase() : ''}`,
        3,
      );
      const terms = v.terms;
      fields(
        doc,
        filled([
          ['Scenes', covered.join(', ')],
          ['Script pages', terms.scriptPages],
          ['Nudity agreed', NUDITY_LABELS[terms.nudity]],
          [
            'Simulated acts',
            terms.acts.map((a) => `${CONSENT_ACT_LABELS[a.act]}${a.detail ? ` (${a.detail})` : ''}`).join('; '),
          ],
          [
            'Body areas',
            terms.exposure
              .map(
                (e) =>
                  `${BODY_AREA_LABELS[e.area]}: ${e.shown ? 'shown' : 'not shown'}${e.angle ? `, ${e.angle}` : ''}${e.maxSeconds !== null ? `, at most ${e.maxSeconds} s` : ''}`,
              )
              .join('; '),
          ],
          ['Contact agreed on', terms.contactAreas.map((a) => BODY_AREA_LABELS[a]).join(', ')],
          [
            'Off limits',
            [terms.offLimitsAreas.map((a) => BODY_AREA_LABELS[a]).join(', '), terms.offLimits]
              .filter(Boolean)
              .join('. '),
          ],
          ['Who is present', terms.present.join(', ')],
          ['How it is shot', terms.howShot],
          ['Trailers / promotion', `${yesNo(terms.useInTrailer)} / ${yesNo(terms.useInPromotion)}`],
          ['Stills need approval', yesNo(terms.stillsNeedApproval)],
          ['Use limits', terms.useNotes],
          ['Body double', terms.bodyDouble.allowed ? `Allowed. ${terms.bodyDouble.terms}` : 'Not allowed'],
          ['Digital double', terms.digitalDouble.allowed ? `Allowed. ${terms.digitalDouble.terms}` : 'Not allowed'],
          [
            'Unused footage',
            terms.destroyUnusedFootage ? `Destroyed${terms.destroyBy ? ` by ${terms.destroyBy}` : ''}` : 'Kept',
          ],
          ['Sent', local(v.sentAt)],
          [
            'Signed',
            v.signedAt
              ? `${local(v.signedAt)} by ${v.signedName ?? ''} (${v.signatureKind === 'drawn' ? 'drawn on screen' : 'typed name'}), witnessed by ${v.witness ?? ''}`
              : '',
          ],
          [
            'Withdrawn',
            v.withdrawnAt ? `${local(v.withdrawnAt)}${v.withdrawalReason ? `: ${v.withdrawalReason}` : ''}` : '',
          ],
        ]),
      );
      if (versions.length > 1) {
        paragraph(
          doc,
          `Earlier versions: ${versions
            .slice(1)
            .map((o) => `${o.version} ${o.status ?? ''}${o.signedAt ? ` (signed ${local(o.signedAt)})` : ''}`)
            .join('; ')}.`,
          { color: COLOR.muted },
        );
      }
    }
  },
};
