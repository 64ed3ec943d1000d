// The benchmark: `npm run bench` (full) or `npm run bench -- --quick` (fewer runs, under a minute).
// Builds the same synthetic slate in an encrypted vault and in a plain SQLite file, then times
// every registered figure on both, interleaved, in the same process. Interactive figures go through
// the command door (`core.handle` for the vault: input parsed, handler, output checked), so they
// are what a user waits for; the plain file goes through the same steps (see `plainDoor`).
// `npm run bench -- --only dashboard` times only the figures whose name contains that text (the
// unlock figures included only when they match too); `--skip pdf` leaves out those that match.
// `npm run bench -- --scale 10 --shape prod` grows the slate: "vault" (default) has 10x the
// productions, people and audit entries; "prod" makes one production 10x bigger (a long series:
// scenes, episodes, cast, riders, ledger movements, audit entries). With `--scale N` the bench runs
// at 1x, 3x (when N > 3) and Nx, each in its own process, and prints every figure's growth;
// `--scales 1,2,5` picks the scales. Peak memory is sampled while each scale runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { Core } from '../../electron/core/core';
import { handlers } from '../../electron/core/handlers';
import type { CoreSession, Handler } from '../../electron/core/kit/handler';
import { configure, type Db, quickCheck } from '../../electron/core/vault/connection';
import { loadMigrations, migrate } from '../../electron/core/vault/migrations';
import { Vault } from '../../electron/core/vault/vault';
import { type CommandName, commands } from '../../shared/commands';
import { type Generated, generate, scaled } from './generate';
import { exportStalls, handoffMeasures, handoffNotes } from './handoff';
import { type BenchDoor, type Measure, type MeasureContext, measures } from './measures';
import './consent';
import './pillars';
import './stock';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? '') : '';
};
const quick = argv.includes('--quick');
const only = flag('--only').toLowerCase();
const skip = flag('--skip').toLowerCase();
const selected = (name: string) =>
  (only === '' || name.toLowerCase().includes(only)) && (skip === '' || !name.toLowerCase().includes(skip));
const shape = (flag('--shape') || 'vault') as 'vault' | 'prod';
if (shape !== 'vault' && shape !== 'prod') throw new Error(`--shape takes "vault" or "prod", not "${shape}"`);
function scalesAsked(): number[] {
  const list = flag('--scales');
  if (list) return list.split(',').map(positive);
  const top = flag('--scale') ? positive(flag('--scale')) : 1;
  return [...new Set([1, ...(top > 3 ? [3] : []), top])];
}
function positive(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new Error(`a scale is a whole number from 1 to 100, not "${text}"`);
  return n;
}
const scales = scalesAsked();
/** Set in a child process: the one scale it measures, and where it writes its figures. */
const childOut = flag('--child-out');
const SCALE = childOut ? positive(flag('--child-scale')) : (scales[scales.length - 1] as number);
const RUNS = quick ? 5 : 15;
const UNLOCK_RUNS = quick ? 3 : 7;
const PASS = 'velvet-curtain-harbour-71';
const INTERACTIVE_TARGET_MS = 50;
const RATIO_TARGET = 1.1;
const UNLOCK_TARGET_MS = 1000;
/** "No figure grows more than 12x for 10x data": growth allowed is 1.2 times the data's. */
const GROWTH_SLACK = 1.2;

if (scales.length > 1 && !childOut) {
  await growthRun();
  process.exit(0);
}

// Peak memory: the resident set sampled every 25 ms (and after every timed run) while this scale runs.
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 25);
sampler.unref();

const dir = mkdtempSync(path.join(os.tmpdir(), 'closed-set-bench-'));
const encryptedFile = path.join(dir, 'bench.closedset');
const plainFile = path.join(dir, 'bench-plain.sqlite');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Times a figure that may be async (exports, imports); a sync one pays only an await. */
async function timeAsync(fn: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

let scratch = 0;
/** An empty migrated database of each kind, for imports: an encrypted vault, or a plain file. */
function freshEncrypted(): Db {
  return Vault.create(path.join(dir, `scratch-${scratch++}.closedset`), PASS).db;
}
function freshPlain(): Db {
  const db = new Database(path.join(dir, `scratch-${scratch++}.sqlite`));
  configure(db);
  migrate(db, loadMigrations());
  return db;
}

function openPlain(): Db {
  const db = new Database(plainFile, { fileMustExist: true });
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  configure(db);
  return db;
}

function build(): { data: Generated; seconds: { encrypted: number; plain: number } } {
  let data: Generated | undefined;
  const encrypted = time(() => {
    const vault = Vault.create(encryptedFile, PASS);
    data = generate(vault.db, scaled(shape, SCALE));
    vault.close();
  });
  const plain = time(() => {
    const db = new Database(plainFile);
    configure(db);
    migrate(db, loadMigrations());
    generate(db, scaled(shape, SCALE));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  });
  return { data: data as Generated, seconds: { encrypted: encrypted / 1000, plain: plain / 1000 } };
}

interface Figure {
  name: string;
  interactive: boolean;
  encryptedMs: number;
  plainMs: number;
  ratio: number;
  target: string;
  met: boolean;
}

/**
 * The plain file's door: the same steps as `Core.run` (input parsed by its schema, the handler,
 * output checked), with a session whose database is the plain file. Only the vault's own commands
 * (unlock, backups, passphrase) need the real core; the figures that use them run on the vault only.
 */
function plainDoor(db: Db): BenchDoor {
  const session = {
    db: () => db,
    mode: 'full',
    options: { home: dir, door: 'test' },
    // What a handler asks of the vault (the passphrase a package must differ from), as the vault has it.
    vault: () => ({ key: { bytes: Buffer.from(PASS, 'utf8') } }),
  } as unknown as CoreSession;
  return {
    async call(name, input) {
      const spec = commands[name];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      const handler = handlers[name] as unknown as Handler<CommandName>;
      const value = await handler(parsed.data as never, { core: session });
      const out = spec.output.safeParse(value);
      if (!out.success) throw new Error(`${name} produced an invalid result: ${out.error.message}`);
      return out.data;
    },
  };
}

function coreDoor(core: Core): BenchDoor {
  return {
    async call(name, input) {
      const r = await core.handle(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
  };
}

/** A fresh core as the desktop app makes one (automatic backups and background checks on), for the unlock figures. */
function appCore(): Core {
  return new Core({
    home: path.join(dir, 'home'),
    door: 'test',
    autoBackup: true,
    backgroundChecks: true,
    idleLockMinutes: 0,
  });
}

process.stderr.write(`generating the synthetic slate (${quick ? 'quick' : 'full'} run, ${shape} ${SCALE}x)...\n`);
const built = build();
const figures: Figure[] = [];

const notes: string[] = [];

/**
 * Unlock through the door on a fresh core each run; then, untimed by the unlock figure, the work it
 * leaves for when the session is idle (integrity check, the day's backup), as its own figure with
 * the longest the event loop went unanswered meanwhile.
 */
async function unlockFigure(name: string, prepare: () => void, afterName?: string): Promise<void> {
  const enc: number[] = [];
  const after: number[] = [];
  let stallMs = 0;
  const plainRuns: number[] = [];
  for (let i = 0; i < UNLOCK_RUNS; i++) {
    prepare();
    const core = appCore();
    enc.push(
      await timeAsync(async () => {
        const r = await core.handle('vault.unlock', { path: encryptedFile, passphrase: PASS });
        if (!r.ok) throw new Error(`vault.unlock: ${r.error.message}`);
      }),
    );
    sampleRss();
    if (afterName) {
      const stall = monitorEventLoopDelay({ resolution: 10 });
      stall.enable();
      after.push(await timeAsync(() => core.settled()));
      stall.disable();
      stallMs = Math.max(stallMs, stall.max / 1e6);
      if (core.integrity.state !== 'ok') throw new Error(`the background check says ${core.integrity.state}`);
    }
    core.dispose();
    // The plain file's equivalent: open, first read, the same integrity check, settings.
    plainRuns.push(
      time(() => {
        const db = openPlain();
        if (quickCheck(db)) throw new Error('the plain file fails its check');
        db.close();
      }),
    );
  }
  const e = median(enc);
  const p = median(plainRuns);
  figures.push({
    name,
    interactive: false,
    encryptedMs: e,
    plainMs: p,
    ratio: e / p,
    target: `< ${UNLOCK_TARGET_MS} ms`,
    met: e < UNLOCK_TARGET_MS,
  });
  if (afterName) {
    figures.push({
      name: afterName,
      interactive: false,
      encryptedMs: median(after),
      plainMs: Number.NaN,
      ratio: Number.NaN,
      target: '',
      met: true,
    });
    notes.push(`Longest event-loop stall during the after-unlock work (check, backup): ${stallMs.toFixed(0)} ms.`);
  }
}

const backups = `${encryptedFile}.backups`;
// Unlock as the user waits for it: `vault.unlock` through the door, key derivation (PBKDF2-HMAC-SHA512,
// 256,000 iterations), checks, migrations, search index, and on the day's first unlock the
// automatic backup, on a cold connection each run.
if (selected('vault.unlock (first of the day')) {
  await unlockFigure(
    'vault.unlock (first of the day: the automatic backup due)',
    () => rmSync(backups, { recursive: true, force: true }),
    "after unlock, when idle: integrity check in steps, then the day's backup",
  );
}
if (selected('vault.unlock (backup already')) {
  await unlockFigure('vault.unlock (backup already taken today)', () => {
    // A backup from a minute ago: no automatic backup is due.
    if (!existsSyncSafe(backups)) {
      const v = Vault.unlock(encryptedFile, PASS);
      v.backup('auto');
      v.close();
    }
  });
}
function existsSyncSafe(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

const core = new Core({ home: path.join(dir, 'home'), door: 'test', autoBackup: false, idleLockMinutes: 0 });
await core.run('vault.unlock', { path: encryptedFile, passphrase: PASS });
await core.settled();
const enc = core.db();
const plain = openPlain();
const ctxE: MeasureContext = {
  db: enc,
  door: coreDoor(core),
  data: built.data,
  kind: 'encrypted',
  dir,
  fresh: freshEncrypted,
};
const ctxP: MeasureContext = {
  db: plain,
  door: plainDoor(plain),
  data: built.data,
  kind: 'plain',
  dir,
  fresh: freshPlain,
};

async function once(m: Measure, ctx: MeasureContext): Promise<number> {
  const prepared = await m.before?.(ctx);
  try {
    return await timeAsync(() => m.run(ctx, prepared));
  } finally {
    m.after?.(prepared);
    sampleRss();
  }
}

async function measure(m: Measure): Promise<Figure> {
  // One warm-up each: the first run pays for statement preparation and filling the page cache.
  // A quick run times the slow figures (seconds each) once, without a warm-up.
  if (m.interactive || !quick) {
    await once(m, ctxE);
    await once(m, ctxP);
  }
  const e: number[] = [];
  const p: number[] = [];
  // The slow figures run fewer times; their medians are still stable.
  const runs = m.interactive ? RUNS : quick ? 1 : Math.max(3, Math.ceil(RUNS / 3));
  for (let i = 0; i < runs; i++) {
    e.push(await once(m, ctxE));
    p.push(await once(m, ctxP));
  }
  const em = median(e);
  const pm = median(p);
  return {
    name: m.name,
    interactive: m.interactive,
    encryptedMs: em,
    plainMs: pm,
    ratio: em / pm,
    target: m.interactive ? `< ${INTERACTIVE_TARGET_MS} ms` : '',
    met: !m.interactive || em < INTERACTIVE_TARGET_MS,
  };
}
for (const m of [...measures, ...handoffMeasures].filter((m) => selected(m.name))) {
  process.stderr.write(`measuring: ${m.name}\n`);
  figures.push(await measure(m));
}
// A backup by hand (`vault.backup`: VACUUM INTO and the check of the copy), on the vault only.
if (selected('vault.backup')) {
  const e: number[] = [];
  for (let i = 0; i < 3; i++) e.push(await timeAsync(() => ctxE.door.call('vault.backup', {})));
  figures.push({
    name: 'vault.backup (VACUUM INTO, then the check of the copy)',
    interactive: false,
    encryptedMs: median(e),
    plainMs: Number.NaN,
    ratio: Number.NaN,
    target: '',
    met: true,
  });
}
core.dispose();
plain.close();
clearInterval(sampler);
sampleRss();

const ratios = figures.filter((f) => f.interactive).map((f) => f.ratio);
const medianRatio = median(ratios);
const rssMiB = peakRss / 2 ** 20;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
const sizes = { encryptedBytes: statSync(encryptedFile).size, plainBytes: statSync(plainFile).size };

const fmt = (ms: number) =>
  Number.isNaN(ms) ? '' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
const lines = [
  `Machine: ${machine}`,
  `Shape: ${shape}, ${SCALE}x. Data: ${Object.entries(built.data.rows)
    .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
    .join(', ')}; vault ${(sizes.encryptedBytes / 2 ** 20).toFixed(1)} MiB`,
  `Medians of ${RUNS} runs (unlock: ${UNLOCK_RUNS}; exports, import, verification: ${quick ? 1 : Math.max(3, Math.ceil(RUNS / 3))}); generation took ${built.seconds.encrypted.toFixed(1)} s encrypted, ${built.seconds.plain.toFixed(1)} s plain.`,
  '',
  '| figure | encrypted (ms) | plain (ms) | encrypted/plain | target | met |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...figures.map(
    (f) =>
      `| ${f.name} | ${fmt(f.encryptedMs)} | ${fmt(f.plainMs)} | ${Number.isNaN(f.ratio) ? '' : f.ratio.toFixed(2)} | ${f.target} | ${f.target ? (f.met ? 'yes' : 'NO') : ''} |`,
  ),
  '',
  ...handoffNotes(),
  ...notes,
  `Peak memory (RSS, sampled): ${rssMiB.toFixed(0)} MiB`,
  `encrypted/plain median ratio over the interactive figures: ${medianRatio.toFixed(2)} (target at most ${RATIO_TARGET}: ${medianRatio <= RATIO_TARGET ? 'met' : 'NOT met'})`,
];
process.stdout.write(`${lines.join('\n')}\n`);

const result = {
  at: new Date().toISOString(),
  quick,
  only: only || null,
  shape,
  scale: SCALE,
  machine,
  runs: RUNS,
  rows: built.data.rows,
  sizes,
  generationSeconds: built.seconds,
  figures,
  medianRatio,
  peakRssMiB: Math.round(rssMiB),
  exportStallMs: exportStalls(),
};
if (childOut) writeFileSync(childOut, JSON.stringify(result));
else {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(path.join('bench-results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
}
rmSync(dir, { recursive: true, force: true });

type Result = typeof result;

/** Runs every scale in its own process (so each has its own peak memory), then prints the growth. */
async function growthRun(): Promise<void> {
  const results: Result[] = [];
  const passOn = argv.filter(
    (a, i) => a !== '--scale' && a !== '--scales' && !['--scale', '--scales'].includes(argv[i - 1] ?? ''),
  );
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'closed-set-bench-growth-'));
  try {
    for (const n of scales) {
      const out = path.join(tmp, `${n}.json`);
      process.stderr.write(`\n== ${shape} ${n}x ==\n`);
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, process.argv[1] as string, ...passOn, '--child-scale', String(n), '--child-out', out],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      if (child.status !== 0) throw new Error(`the ${n}x run failed (exit ${child.status})`);
      results.push(JSON.parse(readFileSync(out, 'utf8')) as Result);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // JSON has no NaN: a figure without a plain-file counterpart comes back as null.
  for (const r of results)
    for (const f of r.figures) {
      f.plainMs = typeof f.plainMs === 'number' ? f.plainMs : Number.NaN;
      f.ratio = typeof f.ratio === 'number' ? f.ratio : Number.NaN;
    }
  const first = results[0] as Result;
  const last = results[results.length - 1] as Result;
  const dataGrowth = last.scale / first.scale;
  const names = first.figures.map((f) => f.name);
  const fmtMs = (ms: number | undefined) =>
    ms === undefined || Number.isNaN(ms) ? '' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  const rowsOut = names.map((name) => {
    const at = results.map((r) => r.figures.find((f) => f.name === name));
    const a = at[0]?.encryptedMs ?? Number.NaN;
    const b = at[at.length - 1]?.encryptedMs ?? Number.NaN;
    const growth = b / a;
    const f = at[at.length - 1];
    const fast = !f?.interactive || f.encryptedMs < INTERACTIVE_TARGET_MS;
    const linear = Number.isNaN(growth) || growth <= dataGrowth * GROWTH_SLACK;
    const unlockOk = !name.startsWith('vault.unlock') || b < UNLOCK_TARGET_MS;
    return `| ${name} | ${at.map((x) => fmtMs(x?.encryptedMs)).join(' | ')} | ${Number.isNaN(growth) ? '' : `${growth.toFixed(1)}x`} | ${f && !Number.isNaN(f.ratio) ? f.ratio.toFixed(2) : ''} | ${fast && linear && unlockOk ? 'yes' : 'NO'} |`;
  });
  const out = [
    `Machine: ${first.machine}`,
    `Shape: ${shape}; encrypted vault, medians in ms; growth = ${last.scale}x over ${first.scale}x; encrypted/plain at ${last.scale}x.`,
    `Targets: interactive < ${INTERACTIVE_TARGET_MS} ms, unlock < ${UNLOCK_TARGET_MS} ms, growth at most ${(dataGrowth * GROWTH_SLACK).toFixed(0)}x for ${dataGrowth}x data.`,
    '',
    `| figure | ${results.map((r) => `${r.scale}x`).join(' | ')} | growth | enc/plain | met |`,
    `| --- | ${results.map(() => '---:').join(' | ')} | ---: | ---: | --- |`,
    ...rowsOut,
    `| peak memory (RSS, MiB) | ${results.map((r) => String(r.peakRssMiB)).join(' | ')} | ${(last.peakRssMiB / first.peakRssMiB).toFixed(1)}x | | |`,
    `| longest event-loop stall during a PDF export (ms) | ${results.map((r) => fmtMs(r.exportStallMs.encrypted)).join(' | ')} | | | |`,
    '',
    ...results.map(
      (r) =>
        `${r.scale}x: ${Object.entries(r.rows)
          .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
          .join(', ')}; vault ${(r.sizes.encryptedBytes / 2 ** 20).toFixed(1)} MiB`,
    ),
  ];
  process.stdout.write(`\n${out.join('\n')}\n`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    path.join('bench-results', `growth-${shape}.json`),
    `${JSON.stringify({ at: new Date().toISOString(), shape, results }, null, 2)}\n`,
  );
}
