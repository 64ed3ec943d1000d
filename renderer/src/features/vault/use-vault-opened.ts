import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { STATUS_KEY } from '../../lib/session';

/** After unlock, create or restore: refetch the status so the gate swaps to the app shell. */
export function useVaultOpened(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: STATUS_KEY }), [queryClient]);
}
