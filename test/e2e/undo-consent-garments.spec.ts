import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';

/**
 * Undo in consent and garments, in real Chromium through the browser shell: a rider draft edit
 * undone with Ctrl+Z, a new rider undone (discarded, then restored by redo), a retired variant
 * brought back from the toast, and a stock movement taken back by a reversal the ledger shows.
 */

const PASSPHRASE = 'velvet-curtain-harbour-71';
const SHOTS = path.resolve('test-results/undo-consent-garments');

async function openDemo(page: Page, shell: Shell): Promise<void> {
  const file = path.join(shell.home, 'lighthouse.closedset');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.resolve('electron/cli/main.ts'), 'demo', file], {
    env: { ...process.env, CLOSED_SET_PASSPHRASE: PASSPHRASE, CLOSED_SET_HOME: path.join(shell.home, 'cli') },
  });
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Open a vault' }).click();
  await page.getByLabel('Vault file').fill(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
}

async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const toast = (page: Page) => page.getByRole('region', { name: 'Notifications' });

test('rider drafts: a new rider and an edit are undone, a discard is redone and restored', async ({ page, shell }) => {
  await openDemo(page, shell);
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Riders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riders and consent' })).toBeVisible();

  await page.getByRole('button', { name: 'New rider' }).click();
  const dialog = page.getByRole('dialog', { name: 'New rider' });
  await dialog.getByRole('button', { name: /Performer/ }).click();
  await page
    .getByRole('listbox', { name: /Performer/ })
    .getByRole('option')
    .first()
    .click();
  await dialog.getByLabel('Title').fill('Episode 2, lantern room');
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Rider: / });
  await expect(heading).toBeVisible();
  await expect(toast(page)).toContainText(/Rider draft for .* created/);

  // Undo the creation from the keyboard: the draft is discarded, the page says so.
  await heading.click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('This draft was discarded')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'rider-discarded.png'), fullPage: true });
  await axeClean(page);

  // Redo restores the same draft (not a copy).
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('This draft was discarded')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeVisible();

  // Edit the draft's title and save; Ctrl+Z puts back what the form showed before.
  const form = page.getByRole('form', { name: 'Rider terms' });
  await form.getByLabel('Title').fill('Episode 2, lantern room, revised');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('lantern room, revised');
  await heading.click();
  await page.keyboard.press('Control+z');
  await expect(toast(page)).toContainText(/Undone: Rider draft for .* saved/);
  await expect(form.getByLabel('Title')).toHaveValue('Episode 2, lantern room');
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).not.toContainText('revised');

  // Sending is the performer's consent history: it offers no undo.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Sent, waiting for signature')).toBeVisible();
  await expect(toast(page).getByRole('button', { name: /Undo/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Discard draft' })).toHaveCount(0);
  // The draft's own undo entries (its creation, its edits) left the stack with the send: Ctrl+Z
  // neither discards a sent rider nor fails with an error.
  await heading.click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('alert').filter({ hasText: /Could not/ })).toHaveCount(0);
  await expect(page.getByText('Sent, waiting for signature')).toBeVisible();

  // The restored rider is listed once, as sent (redo restored it rather than making a copy).
  await page
    .getByRole('link', { name: /Riders$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riders and consent' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Episode 2, lantern room/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Episode 2, lantern room/ })).toContainText('Sent');
});

test('garments: a retired variant comes back from the toast, a movement is reversed', async ({ page, shell }) => {
  await openDemo(page, shell);
  await page.getByRole('link', { name: 'Modesty garments' }).click();
  await page.getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Garment catalog' })).toBeVisible();

  const variants = page.getByRole('table', { name: 'Variants' });
  const robe = variants.getByRole('row', { name: /Robe · L · Towelling/ });
  await expect(robe).toBeVisible();
  await robe.getByRole('button', { name: /^Retire/ }).click();
  await expect(robe).toHaveCount(0);
  await expect(toast(page)).toContainText(/Robe · L · Towelling \(.*\) retired/);
  await page.screenshot({ path: path.join(SHOTS, 'variant-retired.png') });
  await toast(page).getByRole('button', { name: /Undo/ }).click();
  await expect(robe).toBeVisible();
  await expect(toast(page)).toContainText(/Undone: Robe · L · Towelling/);

  // Receive three robes, then take the movement back with Ctrl+Z.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Modesty garments' })).toBeVisible();
  await page.getByRole('tab', { name: 'Stock' }).click();
  const stock = page.getByRole('table', { name: 'Stock' });
  await stock.getByRole('button', { name: 'Robe · L · Towelling' }).click();
  const robeRow = stock.getByRole('row', { name: /Robe · L · Towelling/ });
  const onHand = robeRow.getByRole('cell').nth(4);
  const before = Number(await onHand.textContent());
  await page.getByRole('button', { name: 'Receive', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Quantity' }).fill('3');
  await dialog.getByLabel('Note').fill('PO 5120');
  await dialog.getByRole('button', { name: 'Record received' }).click();
  await expect(dialog).toBeHidden();
  await expect(onHand).toHaveText(String(before + 3));
  await expect(toast(page)).toContainText(/Received 3 × Robe · L · Towelling/);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(onHand).toHaveText(String(before));
  const ledger = page.getByRole('table', { name: /Ledger of Robe/ });
  await expect(ledger.getByRole('row', { name: /PO 5120/ })).toContainText(/Reversed by #\d+/);
  await expect(ledger.getByText(/Received #\d+ taken back/)).toBeVisible();
  await ledger.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'ledger-reversal.png'), fullPage: true });
  await axeClean(page);

  // Redo records the same movement again.
  await page.keyboard.press('Control+Shift+z');
  await expect(onHand).toHaveText(String(before + 3));
});
