import type { ReactNode } from 'react';
import {
  BODY_AREA_LABELS,
  CONSENT_ACT_LABELS,
  type RiderDetail,
  type RiderVersion,
} from '../../../../shared/consent/schema';
import { NUDITY_LABELS } from '../../../../shared/scenes/schema';
import { formatDay, formatInstant } from '../../lib/format';

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

/** A version's terms as agreed, read-only: what was sent or signed stays exactly as it was. */
export function RiderTermsView({
  detail,
  version,
  timeZone,
}: {
  detail: RiderDetail;
  version: RiderVersion;
  /** The production's time zone: moments are shown on its clock. */
  timeZone: string | undefined;
}) {
  const t = version.terms;
  const scenes = detail.rider.scenes.length > 0 && version.id === detail.versions[0]?.id ? detail.rider.scenes : null;
  return (
    <dl className="details terms-view">
      <Item term="Scenes covered">
        {scenes
          ? scenes.map((s) => (s.deleted ? `${s.label} (deleted)` : s.label)).join(', ')
          : `${version.sceneIds.length} scene${version.sceneIds.length === 1 ? '' : 's'}`}
      </Item>
      <Item term="Script pages">{t.scriptPages || 'Not set'}</Item>
      <Item term="Nudity agreed">{NUDITY_LABELS[t.nudity]}</Item>
      <Item term="Simulated acts" wide>
        {t.acts.length === 0 ? (
          'None'
        ) : (
          <ul className="plain-list">
            {t.acts.map((a) => (
              <li key={a.act}>
                {CONSENT_ACT_LABELS[a.act]}
                {a.detail ? ` — ${a.detail}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item term="Body areas" wide>
        {t.exposure.length === 0 ? (
          'None listed'
        ) : (
          <ul className="plain-list">
            {t.exposure.map((e) => (
              <li key={e.area}>
                {BODY_AREA_LABELS[e.area]}: {e.shown ? 'shown' : 'not shown'}
                {e.angle ? `, ${e.angle}` : ''}
                {e.maxSeconds !== null ? `, at most ${e.maxSeconds} s` : ''}
              </li>
            ))}
          </ul>
        )}
      </Item>
      <Item term="Contact agreed on">{t.contactAreas.map((a) => BODY_AREA_LABELS[a]).join(', ') || 'None'}</Item>
      <Item term="Off limits">
        {[t.offLimitsAreas.map((a) => BODY_AREA_LABELS[a]).join(', '), t.offLimits].filter(Boolean).join('. ') ||
          'None listed'}
      </Item>
      <Item term="Who is present">{t.present.join(', ') || 'Not set'}</Item>
      <Item term="How it is shot">{t.howShot || 'Not set'}</Item>
      <Item term="Trailers / promotion">
        {yesNo(t.useInTrailer)} / {yesNo(t.useInPromotion)}
      </Item>
      <Item term="Stills need approval">{yesNo(t.stillsNeedApproval)}</Item>
      <Item term="Use limits" wide>
        {t.useNotes || 'None beyond the above'}
      </Item>
      <Item term="Body double">{t.bodyDouble.allowed ? `Allowed. ${t.bodyDouble.terms}` : 'Not allowed'}</Item>
      <Item term="Digital double">{t.digitalDouble.allowed ? `Allowed. ${t.digitalDouble.terms}` : 'Not allowed'}</Item>
      <Item term="Unused footage">
        {t.destroyUnusedFootage ? `Destroyed${t.destroyBy ? ` by ${formatDay(t.destroyBy)}` : ''}` : 'Kept'}
      </Item>
      {t.notes ? (
        <Item term="Notes" wide>
          {t.notes}
        </Item>
      ) : null}
      {version.sentAt ? <Item term="Sent">{formatInstant(version.sentAt, timeZone)}</Item> : null}
    </dl>
  );
}

function Item({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`detail ${wide ? 'detail-wide' : ''}`}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The signature of a signed version: the drawn image or the typed name, with time and witness. */
export function SignatureView({ version, timeZone }: { version: RiderVersion; timeZone: string | undefined }) {
  if (!version.signedAt) return null;
  return (
    <figure className="signature-view">
      {version.signatureKind === 'drawn' && version.signatureImage ? (
        <img src={version.signatureImage} alt={`Signature of ${version.signedName ?? 'the performer'}`} />
      ) : (
        <p className="typed-signature">{version.signedName}</p>
      )}
      <figcaption>
        {version.signatureKind === 'typed' ? 'Typed name. ' : 'Drawn on screen. '}Signed by {version.signedName} on{' '}
        {formatInstant(version.signedAt, timeZone)}, witnessed by {version.witness}.
      </figcaption>
    </figure>
  );
}
