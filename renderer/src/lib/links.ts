import type { TodoLink } from '../../../shared/dashboard/schema';
import type { SearchHit } from '../../../shared/search/schema';

/** Where things live in the app (wouter hash paths). */
export const paths = {
  production: (id: string) => `/productions/${id}`,
  dashboard: (productionId: string) => `/productions/${productionId}/dashboard`,
  onset: (productionId: string, date: string, sceneId?: string) =>
    `/productions/${productionId}/onset/${date}${sceneId ? `?scene=${sceneId}` : ''}`,
  scene: (productionId: string, sceneId: string) => `/productions/${productionId}/scenes/${sceneId}`,
  cast: (productionId: string) => `/productions/${productionId}/cast`,
  people: () => '/people',
  deleted: () => '/deleted',
  settings: () => '/settings',
};

/** The screen where a dashboard to-do is fixed. */
export function todoHref(productionId: string, link: TodoLink): string {
  switch (link.to) {
    case 'onset':
      return paths.onset(productionId, link.date ?? '', link.id);
    case 'person':
      return paths.cast(productionId);
    case 'rider':
      return `/riders/${link.id}`;
    case 'pull-list':
      return `/productions/${productionId}/garments/pull`;
    default:
      return paths.scene(productionId, link.id);
  }
}

/** The screen a search hit opens; null for kinds this build has no screen for. */
export function hitHref(hit: SearchHit): string | null {
  const pid = hit.productionId;
  switch (hit.kind) {
    case 'production':
      return paths.dashboard(hit.id);
    case 'scene':
      return pid ? paths.scene(pid, hit.id) : null;
    case 'person':
      return paths.people();
    case 'member':
      return pid ? paths.cast(pid) : null;
    case 'follow-up':
    case 'closure':
    case 'check-in':
      return pid && hit.parentId ? paths.scene(pid, hit.parentId) : pid ? paths.dashboard(pid) : null;
    case 'garment':
      return '/catalog';
    case 'rider':
      return `/riders/${hit.id}`;
    case 'break':
      return pid ? `/productions/${pid}/dashboard` : null;
    default:
      return pid ? paths.dashboard(pid) : null;
  }
}

export const HIT_KIND_LABELS: Record<string, string> = {
  production: 'Production',
  scene: 'Scene',
  person: 'Person',
  member: 'Cast and crew',
  break: 'Break note',
  'follow-up': 'Follow-up',
  closure: 'Closure notes',
  'check-in': 'Meeting or check-in',
  rider: 'Rider',
  garment: 'Garment',
  note: 'Note',
};
