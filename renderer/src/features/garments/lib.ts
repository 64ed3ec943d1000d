import type { CommandOutput } from '../../../../shared/commands';
import { useCommand } from '../../lib/commands';

/** Saves a CSV the core produced: a download in the browser shell, a save dialog in Electron. */
export function downloadCsv(file: CommandOutput<'stock.exportCsv'>): void {
  const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether this session is the costume department view (the core enforces it; the UI follows). */
export function useSessionMode(): 'full' | 'costume' {
  const mode = useCommand('session.status', {}, { staleTime: Number.POSITIVE_INFINITY });
  return mode.data?.mode ?? 'full';
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
