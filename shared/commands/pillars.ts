import { beatCommands } from './beats';
import { breakdownCommands } from './breakdown';
import { closureCommands, followUpCommands } from './closure';
import { checkInCommands, communicationCommands } from './communication';
import { readinessCommands } from './readiness';

/** The binder's pillar commands: communication, choreography, closure and derived readiness. */
export const pillarCommands = {
  ...communicationCommands,
  ...checkInCommands,
  ...beatCommands,
  ...closureCommands,
  ...followUpCommands,
  ...readinessCommands,
  ...breakdownCommands,
} as const;
