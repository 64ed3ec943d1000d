import type { ExportJob, ExportResult } from '../../../shared/handoff/commands';
import type { ErrorBody } from '../../../shared/kit/errors';
import { newId } from '../vault/vault';

/**
 * Background exports: a large binder takes seconds, so the app starts one and polls its progress.
 * Jobs belong to the core that started them and are forgotten a while after they finish.
 */
const KEEP_MS = 15 * 60_000;
const MAX_JOBS = 50;

interface Job extends ExportJob {
  finishedAt: number | null;
}

const jobsByOwner = new WeakMap<object, Map<string, Job>>();

function jobsOf(owner: object): Map<string, Job> {
  let jobs = jobsByOwner.get(owner);
  if (!jobs) {
    jobs = new Map();
    jobsByOwner.set(owner, jobs);
  }
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
  return jobs;
}

export function startJob(
  owner: object,
  run: (progress: (phase: string, done: number, total: number) => void) => Promise<ExportResult>,
  /** Turns a failure into words for the user (the core's toErrorBody; passed in to avoid an import cycle). */
  describeError: (err: unknown) => ErrorBody,
): string {
  const jobs = jobsOf(owner);
  if ([...jobs.values()].filter((j) => j.state === 'running').length >= MAX_JOBS) {
    throw new Error('Too many exports are running at once');
  }
  const jobId = newId();
  const job: Job = {
    jobId,
    state: 'running',
    phase: 'Starting',
    done: 0,
    total: 1,
    result: null,
    error: null,
    finishedAt: null,
  };
  jobs.set(jobId, job);
  run((phase, done, total) => {
    job.phase = phase;
    job.done = done;
    job.total = Math.max(total, 1);
  }).then(
    (result) => {
      Object.assign(job, { state: 'done', phase: 'Done', done: job.total, result, finishedAt: Date.now() });
    },
    (err: unknown) => {
      const body = describeError(err);
      Object.assign(job, {
        state: 'failed',
        phase: 'Failed',
        error: { code: body.code, message: body.message },
        finishedAt: Date.now(),
      });
    },
  );
  return jobId;
}

export function jobStatus(owner: object, jobId: string): ExportJob | undefined {
  const job = jobsOf(owner).get(jobId);
  if (!job) return undefined;
  const { finishedAt: _f, ...status } = job;
  return status;
}
