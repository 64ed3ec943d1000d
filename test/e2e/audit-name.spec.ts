import { expect, test } from './fixtures';
import { expectAccessible, openDemo } from './helpers';

/**
 * Who made a change: the keeper's name, set once in Settings, stands beside each later entry of
 * the audit trail; entries from before it was set say "this device", never nothing.
 */

test('the name set in Settings is recorded in the audit trail', async ({ page, shell }) => {
  await openDemo(page, shell);

  await page.getByRole('link', { name: 'Settings' }).click();
  const name = page.getByLabel('Your name');
  await expect(name).toHaveValue('');
  await name.fill('x'.repeat(121));
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Keep the name under 120 characters')).toBeVisible();
  await name.fill('Rowan Pike');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Name saved')).toBeVisible();
  await expectAccessible(page, 'settings');

  // An audited change: a pre-roll mark in on-set mode.
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('link', { name: /^On set:/ }).click();
  // Inside a production's pages the sidebar still shows which production this is, and a click on it
  // goes back to its overview.
  await expect(page.getByRole('option', { name: /The Lighthouse Keeper/ })).toHaveClass(/is-current/);
  const crew = page.getByRole('tabpanel').getByRole('button', { name: /Crew briefed/ });
  const before = await crew.getAttribute('aria-pressed');
  await crew.click();
  await expect(crew).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');

  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Riders' }).click();
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByText('The chain is intact')).toBeVisible();
  const newest = page.getByRole('row').nth(1);
  await expect(newest.getByRole('cell', { name: 'Rowan Pike' })).toBeVisible();
  // The record is named in words, never a table name.
  await expect(newest.getByRole('cell', { name: 'Pre-roll check' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('preroll_mark');
  // The demo's own entries were made before anyone set a name.
  await expect(page.getByRole('row').last().getByRole('cell', { name: 'this device' })).toBeVisible();
});
