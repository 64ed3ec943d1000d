import { Link } from 'react-aria-components';
import { useRoute } from 'wouter';

/** The way into the production's audit trail, from the production page (riders are in its sections). */
export function ConsentLinks({ productionId }: { productionId: string }) {
  return (
    <Link href={`/productions/${productionId}/audit`} className="btn btn-quiet">
      Audit trail
    </Link>
  );
}

/** "Riders" in a production's section navigation. */
export function ConsentSectionLink({ productionId }: { productionId: string }) {
  const [onRiders] = useRoute('/productions/:id/riders');
  return (
    <Link href={`/productions/${productionId}/riders`} aria-current={onRiders ? 'page' : undefined}>
      Riders
    </Link>
  );
}
