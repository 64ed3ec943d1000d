import { z } from 'zod';
import { Id, IsoDate } from '../schemas/common';
import {
  CsvFile,
  ExportInput,
  Movement,
  MovementInput,
  MovementResult,
  Outlook,
  PullList,
  SeriesPoint,
  ShootDay,
  StockRow,
} from '../schemas/garments';
import { type CommandSpec, command } from './spec';

export const stockCommands = {
  'stock.list': command({
    input: z.strictObject({ productionId: Id }),
    output: z.array(StockRow),
    summary: "A production's stock per variant: on hand, issued, in laundry, available",
  }),
  'stock.record': command({
    input: MovementInput,
    output: MovementResult,
    summary: 'Record a movement: received, issued, returned, laundry, consumed, discarded or counted',
  }),
  'stock.reverse': command({
    input: z.strictObject({
      movementId: Id,
      /** Other movements of the same recording (an issue split across lots), taken back with it. */
      alongWith: z.array(Id).max(20).default([]),
    }),
    output: z.object({ movements: z.array(Movement), stock: z.array(StockRow) }),
    summary:
      'Take a movement back by appending its reversal (history is never deleted); refused if already reversed or if stock would go below zero',
  }),
  'stock.ledger': command({
    input: z.strictObject({
      productionId: Id,
      variantId: Id.optional(),
      beforeSeq: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(Movement),
    summary: 'The ledger, newest first',
  }),
  'stock.series': command({
    input: z.strictObject({ productionId: Id, variantId: Id }),
    output: z.array(SeriesPoint),
    summary: "A variant's stock at the end of each day with movements, for a chart",
  }),
  'stock.shootDays': command({
    input: z.strictObject({ productionId: Id }),
    output: z.array(ShootDay),
    summary: 'The shoot days with scenes, for choosing a pull list',
  }),
  'stock.pullList': command({
    input: z.strictObject({ productionId: Id, date: IsoDate }),
    output: PullList,
    summary: 'What to pull for whom on a shoot day, and what is short',
  }),
  'stock.outlook': command({
    input: z.strictObject({
      productionId: Id,
      days: z.number().int().min(1).max(60).default(5),
      from: IsoDate.optional(),
    }),
    output: Outlook,
    summary: 'Low stock, shortfalls for the next N shoot days, and the reorder list by supplier',
  }),
  'stock.exportCsv': command({
    input: ExportInput,
    output: CsvFile,
    summary: 'Stock, the ledger, a pull list or the reorder list as CSV for a spreadsheet',
  }),
} as const satisfies Record<string, CommandSpec>;
