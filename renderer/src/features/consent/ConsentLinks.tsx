import { Link } from 'react-aria-components';

/** The way into a production's riders and its audit trail, from the production page. */
export function ConsentLinks({ productionId }: { productionId: string }) {
  return (
    <>
      <Link href={`/productions/${productionId}/riders`} className="btn btn-secondary">
        Riders
      </Link>
      <Link href={`/productions/${productionId}/audit`} className="btn btn-quiet">
        Audit trail
      </Link>
    </>
  );
}
