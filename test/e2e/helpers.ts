import { execFileSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type Shell } from './fixtures';

/**
 * Where the journeys' screenshots go: the README's docs/screenshots only under
 * `npm run screenshots`, so that `npm test` leaves every tracked file as it was.
 */
export const SCREENSHOTS = path.resolve(
  process.env.CLOSED_SET_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots',
);

export const DEMO_PASSPHRASE = 'velvet-curtain-harbour-71';

/** A vault filled by the CLI's `demo`, made as a coordinator would make one, in the shell's home. */
export function demoVault(shell: Shell): string {
  const file = path.join(shell.home, 'lighthouse.closedset');
  const env = { ...process.env, CLOSED_SET_PASSPHRASE: DEMO_PASSPHRASE, CLOSED_SET_HOME: shell.home };
  for (const args of [
    ['init', file],
    ['demo', file],
  ]) {
    execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { env, stdio: 'pipe' });
  }
  return file;
}

/**
 * Makes the demo vault and unlocks it in the browser shell; resolves once the vault screen has
 * given way to the binder (whose sidebar a phone-width window folds behind its Menu button).
 */
export async function openDemo(page: Page, shell: Shell): Promise<string> {
  const file = demoVault(shell);
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Open a vault' }).click();
  await page.getByLabel('Vault file').fill(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Menu|Lock/ }).first()).toBeVisible();
  return file;
}

/** axe-core on the page as it is: no serious or critical violation, each named with where it is. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility on ${where}`).toEqual([]);
}
