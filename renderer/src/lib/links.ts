import type { TodoLink } from '../../../shared/schemas/dashboard';
import type { SearchHit } from '../../../shared/schemas/search';

/** Where things live in the app (wouter hash paths). */
export const paths = {
  production: (id: string) => `/productions/${id}`,
  dashboard: (productionId: string) => `/productions/${productionId}/dashboard`,
  onset: (productionId: string, date: string, sceneId?: string) =>
    `/productions/${productionId}/onset/${date}${sceneId ? `?scene=${sceneId}` : ''}`,
  scene: (productionId: string, sceneId: string) => `/productions/${productionId}/scenes/${sceneId}`,
  person: (productionId: string, personId: string) => `/productions/${productionId}/people/${personId}`,
  deleted: () => '/deleted',
  settings: () => '/settings',
};

/** The screen where a dashboard to-do is fixed. */
export function todoHref(productionId: string, link: TodoLink): string {
  switch (link.to) {
    case 'onset':
      return paths.onset(productionId, link.date ?? '', link.id);
    case 'person':
      return paths.person(productionId, link.id);
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
    case 'member':
      return pid ? `/productions/${pid}/people` : null;
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
  rider: 'Rider',
  garment: 'Garment',
  note: 'Note',
};
