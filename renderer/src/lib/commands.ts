import {
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/commands';
import type { ErrorBody, ErrorCode, FieldIssue } from '../../../shared/kit/errors';
import { api } from './api';

/** A command that came back `ok: false`, unwrapped so TanStack Query and forms can branch on it. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly detail: Record<string, unknown>;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'CommandError';
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.detail = body.detail ?? {};
  }
}

export function isCommandError(error: unknown, code?: ErrorCode): error is CommandError {
  return error instanceof CommandError && (code === undefined || error.code === code);
}

/** Runs one command and returns its value, or throws a CommandError. */
export async function run<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
  const result = await api.invoke(name, input);
  if (result.ok) return result.value;
  throw new CommandError(result.error);
}

/** Query keys start with the command name, so `invalidateQueries({ queryKey: [name] })` hits every input. */
export function commandKey<N extends CommandName>(name: N, input: CommandInput<N>): QueryKey {
  return [name, input];
}

type QueryOptions<N extends CommandName> = Omit<
  UseQueryOptions<CommandOutput<N>, CommandError>,
  'queryKey' | 'queryFn'
>;

export function useCommand<N extends CommandName>(name: N, input: CommandInput<N>, options?: QueryOptions<N>) {
  return useQuery<CommandOutput<N>, CommandError>({
    queryKey: commandKey(name, input),
    queryFn: () => run(name, input),
    ...options,
  });
}

type MutationOptions<N extends CommandName> = Omit<
  UseMutationOptions<CommandOutput<N>, CommandError, CommandInput<N>>,
  'mutationFn'
>;

export function useCommandMutation<N extends CommandName>(name: N, options?: MutationOptions<N>) {
  return useMutation<CommandOutput<N>, CommandError, CommandInput<N>>({
    mutationFn: (input) => run(name, input),
    ...options,
  });
}
