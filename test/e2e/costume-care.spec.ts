import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

/**
 * The costume supervisor in the costume view records a performer's size, skin tone and allergens
 * herself; the table shows them at once (the core audits the change as "(costume view)").
 */

const PASSPHRASE = 'velvet-curtain-harbour-71';

test('the costume view edits a size, a skin tone and allergens', async ({ page, shell }) => {
  const file = path.join(shell.home, 'lighthouse.closedset');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.resolve('electron/cli/main.ts'), 'demo', file], {
    env: { ...process.env, CLOSED_SET_PASSPHRASE: PASSPHRASE, CLOSED_SET_HOME: path.join(shell.home, 'cli') },
  });
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Open a vault' }).click();
  await page.getByLabel('Vault file').fill(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('switch', { name: 'Costume view' }).focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByText('Costume view: garment needs, sizes, allergies, pull lists and stock only.'),
  ).toBeVisible();
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modesty garments' })).toBeVisible();
  await page.getByRole('tab', { name: 'Sizes and allergies' }).click();
  const edit = page.getByRole('button', { name: /^Edit / }).first();
  const performer = ((await edit.textContent()) ?? '').replace(/^Edit /, '').trim();
  await edit.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Underwear size' }).fill('XL');
  await dialog.getByRole('textbox', { name: 'Skin tone' }).fill('Deep olive');
  await dialog.getByRole('textbox', { name: 'Allergens' }).fill('latex, lanolin');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page
    .getByRole('table', { name: 'Sizes and allergies' })
    .getByRole('row', { name: new RegExp(performer) });
  await expect(row).toContainText('XL');
  await expect(row).toContainText('Deep olive');
  await expect(row).toContainText('Latex');
  await expect(row).toContainText('lanolin');
});
