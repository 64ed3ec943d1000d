import type { HandlersFor } from '../kit/handler';
import { getOnSetDay, listShootDays, logBreak, markPreroll, noteBreak, setBreakDeleted } from './onset';

export const onsetHandlers = {
  'onset.days': ({ productionId, from, limit }, { core }) => listShootDays(core.db(), productionId, from, limit),
  'onset.day': ({ productionId, date }, { core }) => getOnSetDay(core.db(), productionId, date),
  'onset.mark': (input, { core }) => markPreroll(core.db(), input),
  'onset.logBreak': (input, { core }) => logBreak(core.db(), input),
  'onset.noteBreak': ({ id, note }, { core }) => noteBreak(core.db(), id, note),
  'onset.deleteBreak': ({ id, deleted }, { core }) => setBreakDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'onset.'>;
