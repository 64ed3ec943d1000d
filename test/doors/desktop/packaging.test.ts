import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config';
import { tempDir } from '../../helpers';

// Packaging without packaging: the afterPack step flips real fuses in a fake packaged folder, and
// electron-builder's own loader and schema check read electron-builder.yml.

const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = 8;
/** A fuse's byte in the wire: ASCII '1' on, '0' off (@electron/fuses keeps these constants private). */
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

type AfterPackContext = {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
};
const afterPack = require('../../../build/after-pack.cjs') as {
  default: (context: AfterPackContext) => Promise<void>;
  fuseBinaryPath: (context: AfterPackContext) => string;
};
const { FUSES } = require('../../../build/fuses.cjs') as { FUSES: Record<string, unknown> };

/** Bytes shaped like an Electron binary's fuse wire: every fuse on, as Electron ships. */
function fakeElectronBinary(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const wire = Buffer.from([1, FUSE_COUNT, ...Array(FUSE_COUNT).fill(FuseState.ENABLE)]);
  writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF fake electron...'), Buffer.from(SENTINEL), wire]));
}

const context = (appOutDir: string, electronPlatformName: string): AfterPackContext => ({
  appOutDir,
  electronPlatformName,
  packager: { appInfo: { productFilename: 'Closed Set' }, executableName: 'closed-set' },
});

describe('afterPack', () => {
  it.each([
    ['linux', 'closed-set'],
    ['win32', 'Closed Set.exe'],
  ])('flips every fuse SECURITY.md names in a packaged %s folder', async (platform, binaryName) => {
    const out = tempDir();
    const binary = path.join(out, binaryName);
    fakeElectronBinary(binary);
    await afterPack.default(context(out, platform));
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<string, unknown>;
    const expected = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    for (const [fuse, on] of Object.entries(FUSES)) {
      if (fuse !== 'version') expect(wire[fuse], FuseV1Options[Number(fuse)]).toBe(expected(on === true));
    }
  });

  it('finds the macOS bundle, and fails the build when the binary is missing', async () => {
    const out = tempDir();
    expect(afterPack.fuseBinaryPath(context(out, 'darwin'))).toBe(path.join(out, 'Closed Set.app'));
    await expect(afterPack.default(context(out, 'linux'))).rejects.toThrow(/no Electron binary/);
  });
});

describe('electron-builder.yml', () => {
  type Config = {
    files?: { filter?: string[] }[];
    asarUnpack?: string[];
    afterPack?: string;
    electronFuses?: Record<string, boolean>;
    linux?: { target?: string[] };
    mac?: { target?: string[]; hardenedRuntime?: boolean };
    win?: { target?: string[] };
  };
  const load = async (): Promise<Config> => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig: (dir: string, file: string | null, extra: null) => Promise<Config>;
      validateConfiguration: (config: Config, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = await getConfig(path.resolve('.'), null, null);
    await validateConfiguration(config, new DebugLogger(false)); // electron-builder's own schema
    return config;
  };

  it("passes electron-builder's schema and builds the installers we ship", async () => {
    const config = await load();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.afterPack).toBe('build/after-pack.cjs');
  });

  it('unpacks the native SQLite module from the asar archive', async () => {
    const { asarUnpack = [] } = await load();
    expect(asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**');
    const pkg = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
    expect(existsSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
  });

  it('packages exactly what `npm run build` writes, without source maps', async () => {
    const filter = (await load()).files?.flatMap((f) => f.filter ?? []) ?? [];
    expect(filter).toEqual(['package.json', 'dist-electron/**', 'dist/renderer/**', '!**/*.map']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; scripts: Record<string, string> };
    // The entry point is in dist-electron, which build/build-electron.mjs writes by default ...
    expect(pkg.main).toBe('dist-electron/main.js');
    expect(readFileSync('build/build-electron.mjs', 'utf8')).toContain("path.join(root, 'dist-electron')");
    expect(pkg.scripts.build).toBe('npm run build:renderer && npm run build:electron');
    // ... and the renderer build lands in dist/renderer.
    const config = typeof viteConfig === 'function' ? null : viteConfig;
    expect(path.resolve(config?.root ?? '.', config?.build?.outDir ?? '')).toBe(path.resolve('dist/renderer'));
  });

  it('names the same fuses as build/fuses.cjs', async () => {
    const { electronFuses = {} } = await load();
    const byName = Object.fromEntries(
      Object.entries(FUSES)
        .filter(([k]) => k !== 'version')
        .map(([k, v]) => {
          const name = String(FuseV1Options[Number(k)]);
          return [name.charAt(0).toLowerCase() + name.slice(1), v];
        }),
    );
    expect(electronFuses).toEqual(byName);
  });
});
