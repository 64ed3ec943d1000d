import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDemo } from './helpers';

/**
 * Screens that warn before harm and stay usable: the beat form flags a "never" contact before it
 * is saved; toasts never cover the next on-set tile; the on-set follow-up box is usable at phone width.
 */

async function openScene(page: Page, number: string): Promise<void> {
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Scenes' }).click();
  await page
    .getByRole('table', { name: 'Scenes' })
    .getByRole('link', { name: `Scene ${number}`, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Scene ${number}` })).toBeVisible();
}

test('the beat form warns of a "never" contact before saving, and clears when the contact moves', async ({
  page,
  shell,
}) => {
  await openDemo(page, shell);
  await openScene(page, '4');
  await page.getByRole('tab', { name: 'Choreography' }).click();
  const saved = await page.getByRole('row').count();
  await page.getByRole('button', { name: 'Add beat' }).click();
  const dialog = page.getByRole('dialog', { name: 'New beat' });
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await dialog.getByLabel('Contact 1: who touches').selectOption({ label: 'Tobias Reyes' });
  await dialog.getByLabel('Whom').selectOption({ label: 'Maren Holt' });
  await dialog.getByLabel('Where').selectOption({ label: 'Inner thighs' });

  // Before any save: the warning names the beat, whom and where, from the same rule as the saved flags.
  const warning = dialog.getByRole('alert').filter({ hasText: 'Outside boundaries' });
  await expect(warning).toContainText(
    `contact by Tobias Reyes on Maren Holt's inner thighs, an area Maren Holt marked "never".`,
  );
  await expect(page.getByRole('row')).toHaveCount(saved);

  await dialog.getByLabel('Where').selectOption({ label: 'Hands' });
  await expect(warning).toHaveCount(0);
});
