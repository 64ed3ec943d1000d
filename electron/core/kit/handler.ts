import type { CommandName, CommandOutput, ParsedInput } from '../../../shared/commands';
import type { Core } from '../core';

export interface HandlerContext {
  core: Core;
}

export type Handler<N extends CommandName> = (
  input: ParsedInput<N>,
  ctx: HandlerContext,
) => CommandOutput<N> | Promise<CommandOutput<N>>;

/** A domain's slice of the table: `satisfies DomainHandlers<'production.'>` checks it is complete. */
export type HandlersFor<P extends string> = { [N in CommandName as N extends `${P}${string}` ? N : never]: Handler<N> };

export type Handlers = { [N in CommandName]: Handler<N> };
