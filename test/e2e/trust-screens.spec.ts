import type { Locator, Page } from '@playwright/test';
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
  await openScene(page, '101/4');
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

test('leaving a form with unsaved changes asks first, on every form', async ({ page, shell }) => {
  await openDemo(page, shell);
  await openScene(page, '101/4');
  await page.getByRole('tab', { name: 'Communication' }).click();
  const signal = page.getByLabel('Break signal', { exact: true });
  await signal.fill('Says "hold" twice');
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Scenes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/4' })).toBeVisible();
  expect(asked).toEqual(['You have unsaved changes on this screen. Leave without saving them?']);
  await expect(signal).toHaveValue('Says "hold" twice');

  // The beat dialog: Cancel with a typed beat asks too; staying keeps the text.
  await page.getByRole('tab', { name: 'Choreography' }).click();
  await page.getByRole('button', { name: 'Add beat' }).click();
  const dialog = page.getByRole('dialog', { name: 'New beat' });
  await dialog.getByLabel('Beat title').fill('The second kiss');
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByLabel('Beat title')).toHaveValue('The second kiss');
  expect(asked).toHaveLength(2);
});

/** Opens the first shoot day's on-set page through the narrow window's menu. */
async function openOnSetOnPhone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  const nav = page.getByRole('navigation', { name: 'Binder' });
  await nav.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(nav).toBeHidden();
  await page.getByRole('list', { name: 'The next two weeks' }).getByRole('link').first().click();
  await expect(page.getByRole('tablist', { name: 'Scenes in shooting order' })).toBeVisible();
}

/** True when a click at the element's centre would land on it (nothing, such as a toast, covers it). */
async function reachable(tile: Locator): Promise<boolean> {
  await tile.scrollIntoViewIfNeeded();
  return tile.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

test('at phone width a toast never covers the next on-set tile, and the follow-up box is usable', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDemo(page, shell);
  await openOnSetOnPhone(page);
  const panel = page.getByRole('tabpanel');
  // The scene's own checklist tiles, tapped one after another as on set.
  const tiles = panel.locator('.check-grid').first().locator('.check-button');
  const count = await tiles.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const tile = tiles.nth(i);
    const before = await tile.getAttribute('aria-pressed');
    await tile.click();
    await expect(tile).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
    await expect(page.locator('.toast').first()).toBeVisible();
    if (i + 1 < count)
      expect(await reachable(tiles.nth(i + 1)), `tile ${i + 2} is covered after tapping tile ${i + 1}`).toBe(true);
  }

  // The closure step's follow-up: a real text box and a date picker.
  const what = panel.getByLabel('New follow-up');
  await what.scrollIntoViewIfNeeded();
  expect((await what.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(200);
  const due = panel.getByLabel('Due date');
  await expect(due).toHaveAttribute('type', 'date');
  await what.fill('Call Maren about the reshoot');
  await due.fill('2030-01-15');
  await panel.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(panel.getByText('Call Maren about the reshoot')).toBeVisible();
  await expect(panel.getByText('2030-01-15')).toBeVisible();
});
