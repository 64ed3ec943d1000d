import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../../shared/vault/settings';
import { writeFileAtomic } from '../kit/fs';

/** The device settings file (`settings.json` in the app's home folder), written atomically. */
export class SettingsStore {
  readonly file: string;
  #cache: Settings | null = null;
  constructor(home: string) {
    this.file = path.join(home, 'settings.json');
  }

  get(): Settings {
    this.#cache ??= this.#read();
    return { ...this.#cache };
  }

  #read(): Settings {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
    // Field by field: one bad value (a hand edit) falls back to its default, not all of them.
    const out = { ...DEFAULT_SETTINGS };
    if (stored && typeof stored === 'object') {
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
        const field = Settings.shape[key].safeParse((stored as Record<string, unknown>)[key]);
        if (field.success) out[key] = field.data;
      }
    }
    return out;
  }

  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({
      ...this.get(),
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    });
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.#cache = next;
    return { ...next };
  }
}
