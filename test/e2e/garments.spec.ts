import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';
import { SCREENSHOTS } from './helpers';

/**
 * The costume department's day, in real Chromium through the browser shell: receive stock, build a
 * shoot day's pull list, issue and return from it, see a shortfall and the reorder list, then the
 * costume view, which shows no consent data and whose core refuses the rest.
 */

const PASSPHRASE = 'velvet-curtain-harbour-71';

/** A vault holding the demo production, made with the CLI the way a user would. */
async function demoVault(shell: Shell): Promise<string> {
  const file = path.join(shell.home, 'lighthouse.closedset');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.resolve('electron/cli/main.ts'), 'demo', file], {
    env: { ...process.env, CLOSED_SET_PASSPHRASE: PASSPHRASE, CLOSED_SET_HOME: path.join(shell.home, 'cli') },
  });
  return file;
}

async function openDemo(page: Page, shell: Shell): Promise<void> {
  const file = await demoVault(shell);
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Open a vault' }).click();
  await page.getByLabel('Vault file').fill(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('link', { name: 'Modesty garments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modesty garments' })).toBeVisible();
}

async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('receive, pull, issue and return, shortfall and reorder, then the costume view', async ({ page, shell }) => {
  await openDemo(page, shell);

  // Receive stock from the stock tab: the figures are the ledger's sums.
  await page.getByRole('tab', { name: 'Stock' }).click();
  const stock = page.getByRole('table', { name: 'Stock' });
  await stock.getByRole('button', { name: 'Robe · L · Towelling' }).click();
  await page.getByRole('button', { name: 'Receive', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Quantity' }).fill('3');
  await dialog.getByLabel('Note').fill('PO 4480');
  await dialog.getByRole('button', { name: 'Record received' }).click();
  await expect(dialog).toBeHidden();
  const robeRow = stock.getByRole('row', { name: /Robe · L · Towelling/ });
  // Columns: item, code, care, reorder below, on hand...
  await expect(robeRow.getByRole('cell').nth(4)).toHaveText('11');
  await expect(page.getByRole('table', { name: /Ledger of Robe/ }).getByText('PO 4480')).toBeVisible();
  await axeClean(page);
  await page.locator('.main').evaluate((m) => m.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'stock.png') });

  // Build the second shoot day's pull list: a barrier for scene 22, pre-filled from sizes.
  await page.getByRole('tab', { name: 'Needs' }).click();
  const scene22 = page.getByRole('region', { name: /^Scene 101\/22 ·/ });
  await scene22.getByRole('button', { name: /Performer/ }).click();
  await page.getByRole('option', { name: 'Tobias Reyes' }).click();
  await scene22.getByRole('button', { name: /Item type/ }).click();
  await page.getByRole('option', { name: 'Genital barrier or cup' }).click();
  await expect(scene22.getByRole('button', { name: /Variant/ })).toContainText('DEMO-GB-M');
  await scene22.getByRole('button', { name: 'Add need' }).click();
  await expect(scene22.getByRole('table').getByText('Genital barrier or cup · M')).toBeVisible();

  // The first shoot day: a shortfall, and ticking a line issues it; Return gives it back.
  await page.getByRole('tab', { name: 'Pull list' }).click();
  await expect(page.getByText(/^Short for /)).toBeVisible();
  await expect(page.getByText(/Nipple cover · Silicone.*short/)).toBeVisible();
  const pull = page.getByRole('table', { name: /Pull list for/ });
  const thong = pull.getByRole('checkbox', {
    name: /Strapless thong · S · Fair · Microfibre for Maren Holt, scene 9/,
  });
  // Ticked from the keyboard, as on a truck with a laptop: focus the box, press Space.
  await thong.focus();
  await page.keyboard.press('Space');
  await expect(thong).toBeChecked();
  const line = pull.getByRole('row', { name: /Strapless thong · S · Fair/ }).first();
  await line.getByRole('button', { name: 'Return 1' }).click();
  await expect(line.getByRole('button', { name: /Return/ })).toHaveCount(0);
  await expect(thong).toBeChecked();
  await axeClean(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'pull-list.png') });

  // The second day's list has the new barrier.
  await page.getByRole('button', { name: /Shoot day/ }).click();
  await page.getByRole('option', { name: /scenes 22, 27/ }).click();
  await expect(pull.getByText('Genital barrier or cup · M')).toBeVisible();

  // Shortfalls ahead and the reorder list, per supplier with costs.
  await page.getByRole('tab', { name: 'Shortfalls and reorder' }).click();
  const order = page.getByRole('table', { name: 'Order from Backstage Medical' });
  await expect(order.getByRole('row', { name: /Nipple cover · Silicone/ })).toBeVisible();
  await expect(order.getByRole('row', { name: /Total/ })).toContainText('$');

  // The costume view: garments stay, consent data does not appear and the core refuses it.
  await page.getByRole('switch', { name: 'Costume view' }).focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByText('Costume view: garment needs, sizes, allergies, pull lists and stock only.'),
  ).toBeVisible();
  // Nothing the core would refuse is offered: no New production (nor Ctrl/Cmd+N), People or Recently deleted.
  const nav = page.getByRole('navigation', { name: 'Binder' });
  await expect(nav.getByRole('button', { name: /New production/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Recently deleted' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'People', exact: true })).toHaveCount(0);
  await page.keyboard.press(`${process.platform === 'darwin' ? 'Meta' : 'Control'}+n`);
  await expect(page.getByRole('dialog', { name: /New production/ })).toHaveCount(0);
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modesty garments' })).toBeVisible();
  await page.getByRole('tab', { name: 'Sizes and allergies' }).click();
  await expect(page.getByRole('columnheader', { name: 'clothing', exact: true })).toHaveCount(0);
  await expect(page.getByText(/Latex-based adhesives \(skin reaction\)/)).toBeVisible();
  const body = (await page.locator('body').textContent()) ?? '';
  for (const word of ['Rider', 'Boundar', 'Body map', 'Closure', 'Director', 'Mitigation'])
    expect(body).not.toContain(word);
  const refused = await page.evaluate(async () => {
    // Runs in the page: the tab's own token, as the app itself sends it.
    const storage = (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage;
    const token = storage.getItem('closed-set-token') ?? '';
    const r = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-closed-set-token': token },
      body: JSON.stringify({ name: 'person.list', input: {} }),
    });
    return r.json();
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION', detail: { mode: 'costume' } } });

  // Leaving it needs the passphrase.
  await page.getByRole('switch', { name: 'Costume view' }).focus();
  await page.keyboard.press('Space');
  const leave = page.getByRole('dialog', { name: 'Leave the costume view' });
  await leave.getByLabel('Vault passphrase').fill('not the passphrase');
  await leave.getByRole('button', { name: 'Open the full binder' }).click();
  await expect(leave.getByText(/Wrong passphrase|not the vault passphrase/)).toBeVisible();
  // A wrong guess makes the next one wait (1 second after the first): the button waits with it.
  await leave.getByLabel('Vault passphrase').fill(PASSPHRASE);
  await expect(leave.getByRole('button', { name: 'Open the full binder' })).toBeEnabled();
  await leave.getByRole('button', { name: 'Open the full binder' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByRole('switch', { name: 'Costume view' })).not.toBeChecked();
});
