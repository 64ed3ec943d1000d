import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { SearchHit, SearchQuery } from './schema';

export const searchCommands = {
  'search.query': command({
    views: ['full'],
    input: SearchQuery,
    output: z.array(SearchHit),
    summary: 'Search the vault or one production as you type (words match from their start)',
  }),
} as const satisfies Record<string, CommandSpec>;
