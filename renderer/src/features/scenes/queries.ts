import type { QueryClient } from '@tanstack/react-query';

/** Everything a pillar change can affect: the scene, its beats' flags and every readiness view. */
export async function refreshScene(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    ['scene.get', 'scene.list', 'readiness.scene', 'readiness.production', 'beats.get', 'beats.versions'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
