import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Core } from '../electron/core/core';

export const PASS = 'velvet-curtain-harbour-71';
export const OTHER_PASS = 'quiet-lantern-orchard-39';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder removed after the test. */
export function tempDir(prefix = 'closed-set-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function newCore(dir = tempDir()): Core {
  return new Core({ home: path.join(dir, 'home'), door: 'test', documentsDir: dir });
}

/** A core with a freshly created vault; `file` is the vault path. */
export async function unlockedCore(): Promise<{ core: Core; dir: string; file: string }> {
  const dir = tempDir();
  const core = newCore(dir);
  const file = path.join(dir, 'show.closedset');
  await core.run('vault.create', { path: file, passphrase: PASS });
  return { core, dir, file };
}

export const productionInput = (title = 'Night Shift') => ({
  title,
  type: 'series' as const,
  company: 'Harbour Lights Pictures',
  unionStatus: 'sag-aftra' as const,
  startDate: '2026-12-01',
  endDate: '2027-02-15',
  timeZone: 'America/Los_Angeles',
  status: 'pre-production' as const,
  noticeHours: 48,
});

/** Every file below `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Files under `dir` holding `marker` as UTF-8 or UTF-16LE bytes. */
export function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return filesUnder(dir).filter((f) => {
    const bytes = readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}
