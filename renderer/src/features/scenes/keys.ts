import type { RefreshSet } from '../../lib/refresh';

/** The scene list of a production and one scene. */
export const sceneQueries = ['scene.list', 'scene.get'] as const satisfies RefreshSet;
