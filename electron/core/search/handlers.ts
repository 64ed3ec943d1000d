import type { HandlersFor } from '../kit/handler';
import { ensureSearchIndex, search } from './search';

export const searchHandlers = {
  'search.query': (input, { core }) => {
    const db = core.db();
    ensureSearchIndex(db);
    return search(db, input);
  },
} satisfies HandlersFor<'search.'>;
