import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import { OTHER_PASS, PASS, tempDir } from '../../helpers';

const PACKAGE_PASS = 'amber-tidewater-compass-58';

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: path.join(tempDir(), 'home'), ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('closed-set export / import', () => {
  it('exports every format by production title, and a package imports into another vault', async () => {
    const dir = tempDir();
    const vault = path.join(dir, 'a.closedset');
    expect((await cli(['demo', vault])).status).toBe(EXIT.ok);
    const title = 'The Lighthouse Keeper';
    const pdf = path.join(dir, 'costume.pdf');
    const r1 = await cli([
      'export',
      vault,
      '--production',
      title,
      '--format',
      'pdf',
      '--cut',
      'costume',
      '--recipient',
      'Wardrobe',
      '--out',
      pdf,
    ]);
    expect(r1).toMatchObject({ status: EXIT.ok });
    expect(r1.out).toMatch(/costume cut, \d+ pages/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
      'Confidential — prepared for Wardrobe',
    );

    const protectedPdf = path.join(dir, 'p.pdf');
    const r2 = await cli(
      ['export', vault, '--production', title, '--format', 'pdf', '--protect', '--out', protectedPdf],
      {
        CLOSED_SET_PDF_PASSWORD: 'tin-lantern-quay-204',
      },
    );
    expect(r2.out).toContain('encrypted');

    const csv = path.join(dir, 'scenes.csv');
    expect(
      (await cli(['export', vault, '--production', title, '--format', 'csv', '--cut', 'production', '--out', csv]))
        .status,
    ).toBe(EXIT.ok);
    expect(readFileSync(csv, 'utf8')).toContain('Scene,');

    const pkg = path.join(dir, 'show.closedset-handoff');
    const r3 = await cli(['export', vault, '--production', title, '--format', 'package', '--out', pkg], {
      CLOSED_SET_PACKAGE_PASSPHRASE: PACKAGE_PASS,
    });
    expect(r3.status).toBe(EXIT.ok);

    const other = path.join(dir, 'b.closedset');
    await cli(['init', other], { CLOSED_SET_PASSPHRASE: OTHER_PASS });
    const wrong = await cli(['import', other, pkg], {
      CLOSED_SET_PASSPHRASE: OTHER_PASS,
      CLOSED_SET_PACKAGE_PASSPHRASE: 'wrong-passphrase-entirely',
    });
    expect(wrong.status).toBe(EXIT.wrongPassphrase);
    expect(wrong.err).toMatch(/closed-set: Wrong package passphrase/);
    const ok = await cli(['import', other, pkg], {
      CLOSED_SET_PASSPHRASE: OTHER_PASS,
      CLOSED_SET_PACKAGE_PASSPHRASE: PACKAGE_PASS,
    });
    expect(ok.status).toBe(EXIT.ok);
    expect(ok.out).toMatch(/"The Lighthouse Keeper" imported as a new production/);
    expect((await cli(['list', other], { CLOSED_SET_PASSPHRASE: OTHER_PASS })).out).toContain(title);
    expect((await cli(['verify', other], { CLOSED_SET_PASSPHRASE: OTHER_PASS })).status).toBe(EXIT.ok);
  });

  it('lists each consent change of a merge on its own line and imports only with --accept', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.closedset');
    const b = path.join(dir, 'b.closedset');
    const title = 'The Lighthouse Keeper';
    await cli(['demo', a]);
    const first = path.join(dir, 'first.json');
    await cli(['export', a, '--production', title, '--format', 'json', '--out', first]);
    await cli(['init', b]);
    expect((await cli(['import', b, first])).status).toBe(EXIT.ok);
    const call = async (name: string, input: unknown) =>
      (JSON.parse((await cli(['call', b, name, JSON.stringify(input)])).out) as { value: unknown }).value;
    const [production] = (await call('production.list', {})) as { id: string }[];
    const maps = (await call('communication.list', { productionId: production?.id })) as {
      personId: string;
      areas: Record<string, string>;
    }[];
    const map = maps.find((m) => m.areas.groin === 'never');
    await call('communication.save', {
      productionId: production?.id,
      personId: map?.personId,
      patch: { areas: { ...map?.areas, groin: 'ok' } },
    });
    const back = path.join(dir, 'back.json');
    await cli(['export', b, '--production', title, '--format', 'json', '--out', back]);

    const refused = await cli(['import', a, back]);
    expect(refused.status).toBe(EXIT.failure);
    expect(refused.err).toMatch(
      /^consent change bodyMap:\S+: Body map of .* changed: Body area: Genitals and groin: Never -> OK$/m,
    );
    expect(refused.err).toMatch(/1 change\(s\) to consent records await review; nothing was imported/);
    const wrongId = await cli(['import', a, back, '--accept', 'bodyMap:nothing']);
    expect(wrongId.status).toBe(EXIT.failure);
    const ok = await cli(['import', a, back, '--accept', 'all']);
    expect(ok.status).toBe(EXIT.ok);
    expect(ok.out).toMatch(/merged into the existing production from back.json: 0 added, 1 updated/);
  });

  it('a PDF is the production cut unless the full cut is asked for by name, and then it says who may have it', async () => {
    const dir = tempDir();
    const vault = path.join(dir, 'a.closedset');
    await cli(['demo', vault]);
    const title = 'The Lighthouse Keeper';
    const plain = path.join(dir, 'plain.pdf');
    const r = await cli(['export', vault, '--production', title, '--format', 'pdf', '--out', plain]);
    expect(r.status).toBe(EXIT.ok);
    expect(r.out).toMatch(/production cut, \d+ pages/);
    expect(r.err).toContain('--cut full');
    const text = execFileSync('pdftotext', [plain, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('BREAK SIGNAL');
    expect(text).not.toContain('Riders and consent');
    const full = path.join(dir, 'full.pdf');
    const f = await cli(['export', vault, '--production', title, '--format', 'pdf', '--cut', 'full', '--out', full]);
    expect(f.status).toBe(EXIT.ok);
    expect(f.out).toMatch(/full cut, \d+ pages/);
    expect(f.err).toContain('contains riders and body maps: only another intimacy coordinator should get it');
  });

  it('says what is wrong with its arguments and writes nothing', async () => {
    const dir = tempDir();
    const vault = path.join(dir, 'a.closedset');
    await cli(['demo', vault]);
    const out = path.join(dir, 'x.pdf');
    const bad = await cli(['export', vault, '--production', 'The Lighthouse Keeper', '--format', 'docx', '--out', out]);
    expect(bad.status).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--format must be one of/);
    const missing = await cli(['export', vault, '--production', 'No Such Show', '--format', 'pdf', '--out', out]);
    expect(missing.err).toMatch(/No production with id or title "No Such Show"/);
    const noPass = await cli([
      'export',
      vault,
      '--production',
      'The Lighthouse Keeper',
      '--format',
      'package',
      '--out',
      out,
    ]);
    expect(noPass.status).toBe(EXIT.usage);
    expect(noPass.err).toMatch(/CLOSED_SET_PACKAGE_PASSPHRASE/);
    expect(existsSync(out)).toBe(false);
  });
});
