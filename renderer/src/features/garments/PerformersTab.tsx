import type { CostumePerformer } from '../../../../shared/garments/schema';
import { sizeLabel } from '../../lib/labels';
import { Notice } from '../../ui/Notice';

/** What costume needs to know about each performer: sizes and allergies, nothing else. */
export function PerformersTab({ performers }: { performers: readonly CostumePerformer[] }) {
  if (performers.length === 0)
    return <Notice title="No performers yet">Cast members appear here with their sizes.</Notice>;
  const keys = [...new Set(performers.flatMap((p) => Object.keys(p.sizes)))].sort();
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Sizes and allergies">
        <thead>
          <tr>
            <th scope="col">Performer</th>
            {keys.map((k) => (
              <th key={k} scope="col">
                {sizeLabel(k)}
              </th>
            ))}
            <th scope="col">Allergies</th>
          </tr>
        </thead>
        <tbody>
          {performers.map((p) => (
            <tr key={p.personId}>
              <td>
                {p.name}
                {p.characterName ? <span className="muted"> ({p.characterName})</span> : null}
              </td>
              {keys.map((k) => (
                <td key={k}>{p.sizes[k] ?? '–'}</td>
              ))}
              <td>
                {p.adhesiveAllergy ? <span className="badge badge-danger">Adhesive allergy</span> : null}{' '}
                {p.allergies || (p.adhesiveAllergy ? '' : 'None recorded')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
