import { AppError } from '../../../shared/kit/errors';
import type { CoreSession, HandlersFor } from '../kit/handler';
import { callSheetBlock } from './day-sheet';
import { type ExportOptions, exportProduction, importFile, inspectImport } from './handoff';
import { jobStatus, startJob } from './jobs';
import { readSnapshot } from './snapshot';

function run(core: CoreSession, req: ExportOptions, onProgress?: (phase: string, done: number, total: number) => void) {
  return exportProduction(core.db(), req, {
    vaultPassphrase: core.vault().key.bytes,
    ...(onProgress ? { onProgress } : {}),
  });
}

/** A failed background export in words (handlers cannot import core.ts's toErrorBody: a cycle). */
function describeError(err: unknown) {
  return err instanceof AppError
    ? err.toBody()
    : { code: 'INTERNAL' as const, message: `The export failed: ${(err as Error)?.message ?? String(err)}` };
}

export const handoffHandlers = {
  'handoff.export': (req, { core }) => run(core, req),
  'handoff.startExport': (req, { core }) => {
    core.db(); // refuse while locked, before a job exists
    return { jobId: startJob(core, (progress) => run(core, req, progress), describeError) };
  },
  'handoff.exportStatus': ({ jobId }, { core }) => {
    const status = jobStatus(core, jobId);
    if (!status) throw new AppError('NOT_FOUND', 'No such export (it finished long ago or never started)');
    return status;
  },
  'handoff.callSheetBlock': ({ productionId, date }, { core }) =>
    callSheetBlock(readSnapshot(core.db(), productionId), date),
  'handoff.inspect': ({ path, passphrase }, { core }) => inspectImport(core.db(), path, passphrase),
  'handoff.import': ({ path, passphrase, resolutions, prefer, accept }, { core }) =>
    importFile(core.db(), path, passphrase, { resolutions, prefer, accept }),
} satisfies HandlersFor<'handoff.'>;
