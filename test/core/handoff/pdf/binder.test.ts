import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { productionInput, tempDir, unlockedCore } from '../../../helpers';
import { mark, plantedProduction } from '../fixture';

const RECIPIENT = 'Rowan Pike';

async function binder(core: Core, productionId: string, cut: 'full' | 'costume' | 'production', pdfPassword?: string) {
  const file = path.join(tempDir(), `${cut}.pdf`);
  const result = await core.run('handoff.export', {
    productionId,
    format: 'pdf',
    cut,
    recipient: RECIPIENT,
    path: file,
    ...(pdfPassword ? { pdfPassword } : {}),
  });
  return { file, result };
}

function text(file: string, password?: string): string {
  return execFileSync('pdftotext', [...(password ? ['-upw', password] : []), '-layout', file, '-'], {
    encoding: 'utf8',
  });
}

/** The free text of the binder pillars: the coordinator's own binder alone. */
const PILLAR_MARKERS = [
  'boundarynotes',
  'breaksignal',
  'preferredname',
  'notify',
  'attendees',
  'agreed',
  'beattitle',
  'beatdescription',
  'bodyposition',
  'cameraangle',
  'onscreen',
  'versionnote',
  'practicenote',
  'debrief',
  'nextshoot',
  'followup',
] as const;

/** Fields no reader of this cut may see, by their planted markers. */
const FORBIDDEN_MARKERS = {
  costume: [
    ...PILLAR_MARKERS,
    'storycontext',
    'directorintent',
    'audiencesees',
    'mitigation',
    'notes',
    'auditvalue',
    'bodydoubles',
    'monitors',
    'closedset',
    'email',
    'phone',
    'representative',
  ],
  production: [
    ...PILLAR_MARKERS,
    'supplier',
    'sizesbust',
    'allergies',
    'storycontext',
    'directorintent',
    'audiencesees',
    'mitigation',
    'notes',
    'email',
    'phone',
    'representative',
  ],
} as const;

describe('the PDF binder', () => {
  it.each(['full', 'costume', 'production'] as const)(
    '%s cut: every page is marked, page X of Y, contents present',
    async (cut) => {
      const { core } = await unlockedCore();
      const { production } = await plantedProduction(core);
      const { file, result } = await binder(core, production.id, cut);
      const pages = text(file)
        .split('\f')
        .filter((p) => p.trim() !== '');
      expect(pages.length).toBe(result.pages);
      pages.forEach((page, i) => {
        expect(page).toContain(`Confidential — prepared for ${RECIPIENT}`);
        expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      expect(pages[0]).toContain('Night Shift');
      expect(pages[1]).toContain('Contents');
    },
  );

  it('full cut: the five pillars per scene, context included; deleted scenes left out', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const all = text((await binder(core, production.id, 'full')).file);
    for (const s of [
      'Schedule of intimate scenes',
      'Closed set and monitors',
      'Scenes by the five pillars',
      '1 Context',
      '2 Communication',
      '3 Consent',
      '4 Choreography',
      '5 Closure',
      'Scene readiness',
      'Garment pull lists by shoot day',
      'Closure log',
      'Audit trail',
    ])
      expect(all.replace(/ +/g, ' ')).toContain(s);
    // The stand-in from the breakdown gives way to the real pull lists.
    expect(all).not.toContain('Costume needs by shoot day');
    // Beats print from the latest version (the fixture's second), earlier ones by number and note.
    const latestBeat = ['beattitle', 'beatdescription', 'bodyposition', 'cameraangle', 'onscreen'];
    for (const m of ['storycontext', 'directorintent', 'sizesbust', 'monitors', ...PILLAR_MARKERS])
      expect(all, m).toContain(mark(m, latestBeat.includes(m) ? 2 : 1));
    expect(all).not.toContain(mark('beatdescription', 1));
    // Beat 2 touches performer 1's upper back, an "ask first" area: the flag is printed with it.
    expect(all).toMatch(/ASK: contact by/);
    expect(all).not.toContain(mark('storycontext', 3));
  });

  it.each(['costume', 'production'] as const)('%s cut: no forbidden content reaches the page', async (cut) => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const { file } = await binder(core, production.id, cut);
    const all = text(file);
    for (const m of FORBIDDEN_MARKERS[cut]) for (const n of [1, 2]) expect(all, m).not.toContain(mark(m, n));
    expect(all).not.toContain('Audit trail');
    expect(all).not.toContain('1 Context');
    expect(all).not.toContain('Closure log');
    expect(all).not.toContain('BREAK SIGNAL');
    if (cut === 'costume') {
      expect(all).not.toContain('Scene readiness');
      for (const s of [
        'Garment pull lists by shoot day',
        `NC-${production.id.slice(-6)}`,
        'Performer sizes and allergies',
        'ADHESIVE ALLERGY',
        mark('sizesbust', 1),
      ])
        expect(all).toContain(s);
      // The sizes table lists performers, never crew; the cover names the costume binder.
      const sizes = all.slice(all.lastIndexOf('Performer sizes and allergies'));
      expect(sizes).toContain(mark('name', 1));
      expect(sizes).not.toContain(mark('crewname'));
      expect(all).not.toContain('PRODUCTION BINDER');
    } else {
      for (const s of [
        'Schedule of intimate scenes',
        'Scene readiness',
        'COMMUNICATION',
        'CHOREOGRAPHY',
        'Closed set and monitors',
        'RIDER DUE BY',
        mark('monitors', 1),
      ])
        expect(all).toContain(s);
      expect(all).not.toContain('Garment pull lists');
      // The scene's kind of intimacy is schedule information; each performer's scope is rider detail.
      expect(all).not.toContain('NUDITY');
      expect(all).not.toContain('SIMULATED SEX');
    }
    // The raw file too: nothing forbidden hides in metadata or unrendered text.
    const raw = readFileSync(file).toString('latin1');
    for (const m of FORBIDDEN_MARKERS[cut]) for (const n of [1, 2]) expect(raw).not.toContain(mark(m, n));
  });

  it('names in Polish, Greek, Cyrillic and Vietnamese print as written; what the font lacks shows as "?"', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Żurawie nad Wisłą'));
    const names = ['Łucja Wróbel', 'Αλεξάνδρα Παππά', 'Дарья Соколова', 'Trần Văn Hương', 'Zoë Ørsted'];
    for (const name of names) {
      const person = await core.run('person.create', { name });
      await core.run('member.add', { productionId: production.id, personId: person.id, role: 'performer' });
    }
    const cjk = await core.run('person.create', { name: '林美玲 (Lin)' });
    await core.run('member.add', {
      productionId: production.id,
      personId: cjk.id,
      role: 'crew',
      department: 'Costume',
    });
    const { file } = await binder(core, production.id, 'full');
    const all = text(file);
    expect(all).toContain('Żurawie nad Wisłą');
    for (const name of names) expect(all).toContain(name);
    expect(all).toContain('??? (Lin)');
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSans.*yes\s+yes/);
  });

  it('a protected binder opens only with its password (AES-256) and still renders', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const password = 'tin-lantern-quay-204';
    const { file, result } = await binder(core, production.id, 'costume', password);
    expect(result.protected).toBe(true);
    expect(spawnSync('pdftotext', [file, '-']).status).not.toBe(0);
    expect(text(file, password)).toContain(`Confidential — prepared for ${RECIPIENT}`);
    expect(execFileSync('pdfinfo', ['-upw', password, file], { encoding: 'utf8' })).toMatch(/AES-256/);
    // AES-256 at revision 6 (the iterated password hash), not pdfkit's deprecated revision 5.
    const encrypt = /\/Encrypt (\d+) 0 R/.exec(readFileSync(file, 'latin1'))?.[1];
    const dict =
      new RegExp(`\n${encrypt} 0 obj\n(<<[\\s\\S]*?>>)\nendobj`).exec(readFileSync(file, 'latin1'))?.[1] ?? '';
    expect(dict).toMatch(/\/V 5\b/);
    expect(dict).toMatch(/\/R 6\b/);
    expect(dict).toMatch(/\/CFM \/AESV3/);
    expect(spawnSync('pdftotext', ['-upw', 'tin-lantern-quay-205', file, '-']).status).not.toBe(0);
    const out = tempDir();
    execFileSync('pdftoppm', ['-upw', password, '-r', '30', '-png', '-f', '1', '-l', '2', file, path.join(out, 'p')]);
    expect(readdirSync(out).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('a weak PDF password is refused by the vault passphrase rule, naming the field', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const file = path.join(tempDir(), 'weak.pdf');
    for (const weak of ['password12', 'nightshift']) {
      await expect(
        core.run('handoff.export', {
          productionId: production.id,
          format: 'pdf',
          recipient: RECIPIENT,
          path: file,
          pdfPassword: weak,
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'pdfPassword' }] });
    }
    expect(existsSync(file)).toBe(false);
  });

  it('a background export reports progress and where the file went', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const file = path.join(tempDir(), 'bg.pdf');
    const { jobId } = await core.run('handoff.startExport', {
      productionId: production.id,
      format: 'pdf',
      cut: 'full',
      recipient: RECIPIENT,
      path: file,
    });
    let status = await core.run('handoff.exportStatus', { jobId });
    const layout: number[] = [];
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 5));
      status = await core.run('handoff.exportStatus', { jobId });
      if (status.phase === 'Laying out the binder') layout.push(status.done);
    }
    expect(status.state).toBe('done');
    expect(status.result?.path).toBe(file);
    expect(status.done).toBe(status.total);
    expect(new Set(layout).size).toBeGreaterThan(1);
    expect([...layout].sort((x, y) => x - y)).toEqual(layout);
  });

  it('the CSV scene breakdown carries only the cut’s columns', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const file = path.join(tempDir(), 'scenes.csv');
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'csv',
      cut: 'costume',
      recipient: 'Wardrobe',
      path: file,
    });
    const csv = readFileSync(file, 'utf8');
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('Scene,Episode,Script day,Shoot date,Call time,Location,Intimacy,Performers');
    expect(rows).toHaveLength(2);
    expect(csv).toContain('Partial nudity');
    expect(csv).not.toContain(mark('monitors', 1));
  });
});
