export const ACTIVE_TAB_KEYS = ['pull', 'stock', 'needs', 'reorder', 'performers'] as const;
export type GarmentsTab = (typeof ACTIVE_TAB_KEYS)[number];
