import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentVault } from '../../../shared/vault/schema';
import { writeFileAtomic } from '../kit/fs';

const MAX_RECENT = 10;
const Stored = z.array(z.object({ path: z.string(), lastOpenedAt: z.string() }));

/** The recent-vaults list: paths and times only, never names of productions or anything inside. */
export class RecentVaults {
  readonly #file: string;
  constructor(home: string) {
    this.#file = path.join(home, 'recent-vaults.json');
  }

  #read(): { path: string; lastOpenedAt: string }[] {
    try {
      return Stored.parse(JSON.parse(readFileSync(this.#file, 'utf8')));
    } catch {
      // A missing or unreadable list is simply empty; it holds nothing that cannot be rebuilt.
      return [];
    }
  }

  #write(list: { path: string; lastOpenedAt: string }[]): void {
    mkdirSync(path.dirname(this.#file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.#file, `${JSON.stringify(list, null, 2)}\n`);
  }

  list(): RecentVault[] {
    return this.#read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  touch(file: string): void {
    const list = this.#read().filter((r) => r.path !== file);
    list.unshift({ path: file, lastOpenedAt: new Date().toISOString() });
    this.#write(list.slice(0, MAX_RECENT));
  }

  forget(file: string): RecentVault[] {
    this.#write(this.#read().filter((r) => r.path !== file));
    return this.list();
  }
}
