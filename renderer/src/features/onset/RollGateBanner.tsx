import { Link } from 'react-aria-components';
import { PILLAR_LABELS, type RollGate } from '../../../../shared/readiness/schema';
import { paths } from '../../lib/links';

/**
 * The first thing on set and on the dashboard says whether a scene may roll: red "Blocked - do not
 * roll" or "Not ready", naming every reason with a link to the scene page where it is fixed.
 */
export function RollGateBanner({
  gate,
  productionId,
  sceneId,
  sceneNumber,
}: {
  gate: RollGate;
  productionId: string;
  sceneId: string;
  sceneNumber: string;
}) {
  if (gate.state === 'ready') return null;
  const blocked = gate.state === 'blocked';
  return (
    <section
      className="notice roll-gate"
      data-tone={blocked ? 'error' : 'info'}
      data-gate={gate.state}
      role={blocked ? 'alert' : 'status'}
      aria-label={`Scene ${sceneNumber}: ${gate.label}`}
    >
      <p className="notice-title">
        Scene {sceneNumber}: {gate.label}
      </p>
      <ul className="notice-body">
        {gate.reasons.map((r) => (
          <li key={`${r.pillar}:${r.text}`}>
            {PILLAR_LABELS[r.pillar]}: {r.text}{' '}
            <Link href={paths.scene(productionId, sceneId)}>Fix in scene {sceneNumber}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
