import { describe, expect, it } from 'vitest';
import { checkNativeIntegrity, sha256Of, unpackedPath } from '../../../electron/main/integrity';

const MODULE = '/opt/Closed Set/resources/app.asar.unpacked/node_modules/m/build/Release/better_sqlite3.node';
const good = Buffer.from('the native module as built');
const manifest = JSON.stringify({ module: 'build/Release/better_sqlite3.node', sha256: sha256Of(good) });

function check(bytes: Uint8Array | null, manifestText: string | null = manifest, packaged = true) {
  return checkNativeIntegrity({ manifestText, modulePath: MODULE, read: () => bytes, packaged });
}

describe('the native module integrity check at start', () => {
  it('passes when the module is the one the build recorded', () => {
    expect(check(good)).toEqual({ ok: true });
  });

  it('refuses a module changed by one byte, saying what and what to do', () => {
    const changed = Buffer.from(good);
    changed[0] = (changed[0] ?? 0) ^ 1;
    const verdict = check(changed);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.message).toContain('has been changed since Closed Set was built');
      expect(verdict.message).toContain(MODULE);
      expect(verdict.message).toContain('Reinstall Closed Set');
    }
  });

  it('refuses a missing module, and a packaged app without its manifest or with a broken one', () => {
    expect(check(null)).toMatchObject({ ok: false, message: expect.stringContaining('missing') });
    expect(check(good, null)).toMatchObject({ ok: false, message: expect.stringContaining('record') });
    expect(check(good, '{"sha256": "nope"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('unreadable'),
    });
    expect(check(good, 'not json')).toMatchObject({ ok: false });
  });

  it('runs from the source tree without a manifest', () => {
    expect(check(good, null, false)).toEqual({ ok: true });
  });

  it('reads the unpacked copy of a file inside the archive', () => {
    expect(unpackedPath('/r/app.asar/node_modules/m/x.node', '/')).toBe('/r/app.asar.unpacked/node_modules/m/x.node');
    expect(unpackedPath('/dev/node_modules/m/x.node', '/')).toBe('/dev/node_modules/m/x.node');
  });
});
