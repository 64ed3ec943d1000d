import { ensureSearchIndex, search } from '../search/index';
import type { HandlersFor } from './types';

export const searchHandlers = {
  'search.query': (input, { core }) => {
    const db = core.db();
    ensureSearchIndex(db);
    return search(db, input);
  },
} satisfies HandlersFor<'search.'>;
