import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDemo } from './helpers';

/**
 * The record keeps what a coordinator types: on a scene's breakdown, a performers save does not
 * wipe the context being written, the breakdown save shows its toast and Ctrl/Cmd+Z takes it back,
 * pages and script day are editable, and leaving with unsaved text asks first.
 */

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const toast = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

async function openScene(page: Page, number: string): Promise<void> {
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Scenes' }).click();
  await page
    .getByRole('table', { name: 'Scenes' })
    .getByRole('link', { name: `Scene ${number}`, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Scene ${number}` })).toBeVisible();
}

test('typed context survives a performers save; the breakdown save toasts and undoes', async ({ page, shell }) => {
  await openDemo(page, shell);
  await openScene(page, '101/22');
  await page.getByRole('tab', { name: 'Breakdown and context' }).click();

  const story = page.getByLabel('Story context');
  const before = await story.inputValue();
  const typed = {
    'Story context': 'Elin and Callum reconcile after the storm.',
    "Director's intent": 'Relief and warmth, unhurried.',
    'What the audience sees': 'A closed-mouth kiss in profile, shoulders up.',
    'Closed set': 'Director\nDP\nBoom operator',
  };
  for (const [label, text] of Object.entries(typed)) await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByLabel('Pages', { exact: true }).fill('2 3/8');
  await page.getByLabel('Script day', { exact: true }).fill('D4');

  const performers = page.getByRole('table', { name: 'Performers in this scene' });
  await performers.getByText('Priya Nandakumar (Dr Asha Rao)').click();
  await page.getByRole('button', { name: 'Save performers' }).click();
  await expect(toast(page, 'Scene 101/22: performers changed')).toBeVisible();
  for (const [label, text] of Object.entries(typed)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
  }
  await expect(page.getByLabel('Pages', { exact: true })).toHaveValue('2 3/8');

  // Leaving with the text unsaved asks first; staying keeps it.
  page.once('dialog', (d) => {
    expect(d.message()).toContain('unsaved changes');
    void d.dismiss();
  });
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Scenes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/22' })).toBeVisible();
  await expect(story).toHaveValue(typed['Story context']);

  const save = page.getByRole('button', { name: 'Save breakdown and context' });
  await save.click();
  await expect(toast(page, 'Scene 101/22: breakdown changed')).toBeVisible();
  for (const [label, text] of Object.entries(typed)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
  }
  await expect(page.getByText(/2 3\/8 pages · D4/)).toBeVisible();

  // Ctrl/Cmd+Z with the focus on the button (outside any text field) undoes the breakdown save.
  await save.focus();
  await page.keyboard.press(`${mod}+z`);
  await expect(toast(page, 'Undone: Scene 101/22: breakdown changed')).toBeVisible();
  await expect(story).toHaveValue(before);
  await expect(page.getByText(/2 3\/8 pages/)).toHaveCount(0);

  // Nothing is unsaved now: leaving does not ask.
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Scenes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenes' })).toBeVisible();
});

test('the palette opens the new query’s top result on Enter, and Escape closes it at once', async ({ page, shell }) => {
  await openDemo(page, shell);
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.keyboard.press(`${mod}+k`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('maren');
  await expect(palette.getByRole('menuitem', { name: 'Maren Holt', exact: true })).toBeVisible();
  await palette.getByRole('searchbox').fill('harbour wall');
  await expect(palette.getByRole('menuitem', { name: /Scene 101\/15/ })).toBeVisible();
  await expect(palette.getByRole('menuitem', { name: 'Maren Holt', exact: true })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/15' })).toBeVisible();

  await page.keyboard.press(`${mod}+k`);
  await page.keyboard.type('maren');
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
});
