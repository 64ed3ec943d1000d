import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesContaining, filesUnder, OTHER_PASS, PASS, unlockedCore } from '../helpers';

describe('nothing typed reaches the disk unencrypted', () => {
  it('finds no marker in the vault, its -wal/-shm, backups or settings, at any stage', async () => {
    const { core, dir, file } = await unlockedCore();
    const markers = ['MARKERTITLE7Q2', 'MARKERCOMPANY5Z', 'MARKERRENAMED9K', 'MÄRKERÜNICODE3X'];
    const created = await core.run('production.create', {
      title: markers[0] ?? '',
      type: 'feature',
      company: markers[1] ?? '',
      unionStatus: 'equity-uk',
      timeZone: 'Europe/London',
    });
    await core.run('production.update', { id: created.id, patch: { title: markers[2] ?? '' } });
    await core.run('production.create', {
      title: markers[3] ?? '',
      type: 'series',
      unionStatus: 'non-union',
      timeZone: 'UTC',
    });
    // While unlocked: the -wal holds the recent writes; it is encrypted too.
    expect(filesUnder(dir).some((f) => f.endsWith('-wal'))).toBe(true);
    const check = () => {
      for (const m of markers) expect(filesContaining(dir, m), m).toEqual([]);
    };
    check();
    await core.run('vault.backup', {});
    check();
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    check();
    core.lock('user');
    check();
    // The settings folder knows the vault's path and nothing from inside it.
    expect(filesUnder(path.join(dir, 'home')).length).toBeGreaterThan(0);
    expect(path.basename(file)).toBe('show.closedset');
  });
});
