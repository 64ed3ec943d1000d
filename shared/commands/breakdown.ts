import { BreakdownInput, BreakdownPreview, BreakdownResult } from '../schemas/breakdown';
import { type CommandSpec, command } from './spec';

export const breakdownCommands = {
  'breakdown.preview': command({
    input: BreakdownInput,
    output: BreakdownPreview,
    summary: 'Parse and check a breakdown CSV: every row, every problem by row and column; writes nothing',
  }),
  'breakdown.import': command({
    input: BreakdownInput,
    output: BreakdownResult,
    summary: 'Import a breakdown CSV: all rows in one transaction, or nothing',
  }),
} as const satisfies Record<string, CommandSpec>;
