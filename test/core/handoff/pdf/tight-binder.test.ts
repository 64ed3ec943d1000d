import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { tempDir, unlockedCore } from '../../../helpers';

const RECIPIENT = 'Rowan Pike';

/** The text of each page, footer and running header left out: what a reader sees as the page's body. */
function pagesOf(file: string): string[][] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('Confidential — prepared for') && !l.includes(' · Full coordinator')),
    );
}

describe('the full binder of the demo production', () => {
  let core: Core;
  let pages: string[][];
  let performers: string[];
  let zone: string;
  beforeAll(async () => {
    ({ core } = await unlockedCore());
    const { productionId } = await core.run('production.demo', {});
    const file = path.join(tempDir(), 'full.pdf');
    const result = await core.run('handoff.export', {
      productionId,
      format: 'pdf',
      cut: 'full',
      recipient: RECIPIENT,
      path: file,
    });
    pages = pagesOf(file);
    expect(pages).toHaveLength(result.pages ?? 0);
    const members = await core.run('member.list', { productionId });
    performers = members.filter((m) => m.role === 'performer').map((m) => m.person.name);
    zone = 'PST';
  });

  it('fits in 30 pages', () => {
    expect(pages.length).toBeLessThanOrEqual(30);
  });

  it("prints each performer's body map once, in the appendix the scenes refer to", () => {
    const all = pages.slice(2).flat();
    const maps = all.filter((l) => l === 'BREAK SIGNAL');
    // Each performer's block: their name heading, then the map's lines beside the drawing.
    const blocks = performers.flatMap((name) =>
      all.filter((l, i) => l.startsWith(`${name} (`) && l.includes(' · ') && all[i + 1] === 'PREFERRED NAME'),
    );
    expect(performers.length).toBeGreaterThan(3);
    expect(blocks).toHaveLength(performers.length);
    expect(maps).toHaveLength(performers.length);
    expect(all.filter((l) => l.includes('under Performers')).length).toBeGreaterThan(5);
  });

  it('never ends a page on a heading', () => {
    const contents = new Set(
      (pages[1] ?? []).map((l) => l.replace(/\s+\d+$/, '').trim()).filter((l) => l !== 'Contents'),
    );
    const isHeading = (line: string) =>
      contents.has(line) ||
      /^Scene \S+( · Episode \S+)?$/.test(line) ||
      /^\d\s+(Context|Communication|Consent|Choreography|Closure)$/.test(line) ||
      /^(Closure by scene|Follow-ups|Cast and crew|Nothing recorded yet)$/.test(line) ||
      /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}$/.test(line);
    pages.slice(2).forEach((page, i) => {
      const last = page.at(-1) ?? '';
      expect(isHeading(last), `page ${i + 3} ends on "${last}"`).toBe(false);
    });
  });

  it('prints every recorded time local to the production, with its zone, in one date style', () => {
    const all = pages.flat().join('\n');
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/);
    expect(all).not.toMatch(/\bUTC\b/);
    expect(all).toMatch(new RegExp(`[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} ${zone}`));
  });

  it('lists the audit trail in words, by record time; the chain head printed once (cover), with how to verify it', () => {
    const all = pages.flat();
    const start = all.indexOf('Audit trail');
    const rows = all.slice(start).filter((l) => /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} PST/.test(l));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((r) => r.includes('Created scene 4'))).toBe(true);
    const text = all.join(' ');
    expect(text).toContain('closed-set verify');
    expect(text.match(/[0-9a-f]{64}/g)).toHaveLength(1);
    expect(text).not.toMatch(/\b(scene_performer|garment_variant|body_map)\b/);
  });
});

describe('the binder cover', () => {
  async function exportCut(core: Core, productionId: string, cut: 'full' | 'costume' | 'production') {
    const file = path.join(tempDir(), `${cut}.pdf`);
    await core.run('handoff.export', { productionId, format: 'pdf', cut, recipient: RECIPIENT, path: file });
    return pagesOf(file);
  }

  it('says who prepared it, its revision and which revision it supersedes; each cut named for its reader', async () => {
    const { core } = await unlockedCore();
    await core.run('vault.setOwner', { name: 'Sasha Lind' });
    const { productionId } = await core.run('production.demo', {});
    const first = (await exportCut(core, productionId, 'costume'))[0]?.join('\n') ?? '';
    expect(first).toContain('COSTUME BINDER');
    expect(first).not.toContain('PRODUCTION BINDER');
    expect(first).toMatch(/PREPARED BY\s+Sasha Lind/);
    expect(first).toMatch(/REVISION\s+1\n/);
    expect(first).not.toContain('supersedes');
    const second = (await exportCut(core, productionId, 'costume'))[0]?.join('\n') ?? '';
    expect(second).toMatch(
      /REVISION\s+2, supersedes revision 1 of [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} PST/,
    );
    // Each cut counts its own revisions.
    const production = (await exportCut(core, productionId, 'production'))[0]?.join('\n') ?? '';
    expect(production).toMatch(/REVISION\s+1\n/);
  });
});

describe('the producer cut', () => {
  it('is a page or two of counts: scenes by episode, IC days, riders, kit spend; no performer, body area or act', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await core.run('production.demo', {});
    const file = path.join(tempDir(), 'producer.pdf');
    const result = await core.run('handoff.export', {
      productionId,
      format: 'pdf',
      cut: 'producer',
      recipient: RECIPIENT,
      path: file,
    });
    // The cover, then one or two pages.
    expect(result.pages).toBeLessThanOrEqual(3);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of [
      'PRODUCER SUMMARY',
      'Intimate scenes by episode',
      'Intimacy coordinator days',
      'OUTSTANDING',
      'WITHDRAWN',
      'SPENT SO FAR',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/\b101\b/);
    const members = await core.run('member.list', { productionId });
    for (const m of members) expect(text).not.toContain(m.person.name);
    const { BODY_AREAS } = await import('../../../../shared/communication/schema');
    const { CONSENT_ACT_LABELS } = await import('../../../../shared/consent/schema');
    const { INTIMACY_TYPE_LABELS, NUDITY_LABELS } = await import('../../../../shared/scenes/schema');
    const words = [
      ...BODY_AREAS.map((a) => a.label),
      ...Object.values(CONSENT_ACT_LABELS),
      ...Object.values(INTIMACY_TYPE_LABELS),
      ...Object.values(NUDITY_LABELS),
    ];
    const body = text.replace(/names no performer, body area or act/, '');
    for (const w of words) expect(body.toLowerCase(), w).not.toContain(w.toLowerCase());
  });
});
