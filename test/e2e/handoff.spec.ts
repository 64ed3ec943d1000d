import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { Core } from '../../electron/core/core';
import { expect, type Shell, test } from './fixtures';
import { SCREENSHOTS } from './helpers';

/**
 * The handoff end to end in real Chromium: export a costume binder from the app, and import a
 * handoff package made in another vault.
 */
const PASSPHRASE = 'quiet harbour lantern violet';
const OTHER = 'copper meadow signal fourteen';
const PACKAGE_PASSPHRASE = 'amber tidewater compass fifty';

/** A vault with one production, two performers and two scenes, made through the command table. */
async function seedVault(home: string, file: string, passphrase: string, title: string): Promise<string> {
  const core = new Core({ home: path.join(home, `seed-${title.length}`), door: 'test' });
  await core.run('vault.create', { path: file, passphrase });
  const p = await core.run('production.create', {
    title,
    type: 'series',
    company: 'Saltmarsh Pictures Ltd',
    unionStatus: 'sag-aftra',
    timeZone: 'America/Vancouver',
    status: 'shooting',
    noticeHours: 48,
  });
  const maren = await core.run('person.create', {
    name: 'Ines Calder',
    pronouns: 'she/her',
    sizes: { bust: '34B', waist: '28', hips: '38' },
    adhesiveAllergy: true,
    allergies: 'Latex',
  });
  const tom = await core.run('person.create', { name: 'Owen Hale', pronouns: 'he/him', sizes: { waist: '32' } });
  await core.run('member.add', { productionId: p.id, personId: maren.id, role: 'performer', characterName: 'Maren' });
  await core.run('member.add', { productionId: p.id, personId: tom.id, role: 'performer', characterName: 'Tom' });
  for (const [n, day] of [
    ['12A', '2026-12-02'],
    ['14', '2026-12-03'],
  ] as const) {
    await core.run('scene.create', {
      productionId: p.id,
      number: n,
      episode: '3',
      shootDate: day,
      callTime: '06:30',
      location: 'Keeper cottage, bedroom',
      intimacyTypes: ['kiss', 'nudity-partial'],
      storyContext: 'Maren and Tom reconnect after the storm.',
      closedSet: ['Director', 'DP', '1st AC', 'IC'],
      performers: [
        { personId: maren.id, nudity: 'partial' },
        { personId: tom.id, nudity: 'implied' },
      ],
    });
  }
  core.dispose();
  return p.id;
}

async function unlock(page: Page, shell: Shell, file: string): Promise<void> {
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Open a vault' }).click();
  await page.getByLabel('Vault file').fill(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeVisible();
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`${field}$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility on ${where}`).toEqual([]);
}

test('export a costume binder from the app', async ({ page, shell }) => {
  const vault = path.join(shell.home, 'show.closedset');
  await seedVault(shell.home, vault, PASSPHRASE, 'The Lighthouse Keeper');
  await unlock(page, shell, vault);
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('link', { name: 'Export / handoff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export and handoff' })).toBeVisible();

  await choose(page, 'Recipient cut', 'Costume department');
  await expect(page.getByText(/Garment needs, sizes, allergies/)).toBeVisible();
  await page.getByLabel('Prepared for').fill('Dana Whitlock, costume supervisor');
  const out = page.getByLabel('Save to');
  await expect(out).toHaveValue(/the-lighthouse-keeper-costume\.pdf$/);
  await expectAccessible(page, 'the export page');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'handoff-export.png') });
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByText('Export written')).toBeVisible();
  const file = await out.inputValue();
  expect(existsSync(file)).toBe(true);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Confidential — prepared for Dana Whitlock, costume supervisor');
  expect(text).toContain('Costume needs by shoot day');
  expect(text).toContain('ADHESIVE ALLERGY');
  expect(text).not.toContain('reconnect after the storm');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'handoff-export-done.png') });
});

test('import a handoff package made in another vault', async ({ page, shell }) => {
  const other = path.join(shell.home, 'second-unit.closedset');
  const productionId = await seedVault(shell.home, other, OTHER, 'Harbour Lights');
  const pkg = path.join(shell.home, 'harbour-lights.closedset-handoff');
  const sender = new Core({ home: path.join(shell.home, 'sender'), door: 'test' });
  await sender.run('vault.unlock', { path: other, passphrase: OTHER });
  await sender.run('handoff.export', {
    productionId,
    format: 'package',
    recipient: 'Second unit IC',
    path: pkg,
    packagePassphrase: PACKAGE_PASSPHRASE,
  });
  sender.dispose();

  const vault = path.join(shell.home, 'show.closedset');
  await seedVault(shell.home, vault, PASSPHRASE, 'The Lighthouse Keeper');
  await unlock(page, shell, vault);
  await page.getByRole('link', { name: 'Import a handoff' }).click();
  await page.getByRole('textbox', { name: 'File' }).fill(pkg);
  await page.getByLabel('Package passphrase').fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(page.getByText(/Wrong package passphrase/)).toBeVisible();

  await page.getByLabel('Package passphrase').fill(PACKAGE_PASSPHRASE);
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(page.getByRole('heading', { name: /Review “Harbour Lights”/ })).toBeVisible();
  await expect(page.getByText(/not in this vault yet/)).toBeVisible();
  await expectAccessible(page, 'the import review');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'handoff-import.png') });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('“Harbour Lights” imported')).toBeVisible();
  await page.getByRole('link', { name: 'Open the production' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Lights' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Binder' }).getByText('Harbour Lights')).toBeVisible();
});
