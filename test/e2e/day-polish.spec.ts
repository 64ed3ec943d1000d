import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, openDemo, SCREENSHOTS } from './helpers';

/**
 * The coordinator's day, polished: on-set mode one-handed at phone width, on-set check-ins in the
 * rider's log, and a palette whose Enter never opens the previous search's result.
 */

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Opens the first shoot day's on-set page from the dashboard, through the narrow window's menu. */
async function openOnSetOnPhone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  const nav = page.getByRole('navigation', { name: 'Binder' });
  await expect(nav).toBeVisible();
  await nav.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Next shoot days' })).toBeVisible();
  await expect(nav).toBeHidden();
  await page.getByRole('list', { name: 'The next two weeks' }).getByRole('link').first().click();
  await expect(page.getByRole('tablist', { name: 'Scenes in shooting order' })).toBeVisible();
}

test('on-set mode at phone width: one column, no sideways scrolling, large targets', async ({ page, shell }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await openDemo(page, shell);
  // The sidebar is folded into a menu at this width.
  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeHidden();
  await openOnSetOnPhone(page);
  const panel = page.getByRole('tabpanel');
  const checks = panel.locator('.check-button');
  expect(await checks.count()).toBeGreaterThanOrEqual(6);

  const overflow: number[] = [];
  for (const selector of ['html', 'body', '#main'])
    overflow.push(await page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth));
  expect(
    overflow.every((extra) => extra <= 0),
    `horizontal overflow ${overflow.join(', ')}`,
  ).toBe(true);
  for (const b of await checks.all()) {
    const box = await b.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
  }
  for (const b of await panel.getByRole('button', { name: /^Break:/ }).all()) {
    expect((await b.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  await expectAccessible(page, 'on-set mode at phone width');
  await page.locator('#main').evaluate((main) => {
    main.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'onset-phone.png') });
});

test("an on-set consent check-in appears in the performer's rider check-ins; un-checking voids it", async ({
  page,
  shell,
}) => {
  await openDemo(page, shell);
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('list', { name: 'The next two weeks' }).getByRole('link').first().click();
  // Scene 9, the day's second: Maren Holt's signed rider covers it.
  await page.getByRole('tablist', { name: 'Scenes in shooting order' }).getByRole('tab').nth(1).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('Logs to rider version 1')).toBeVisible();
  const maren = panel.getByRole('button', { name: /Maren Holt \(Elin Voss\)/ });
  await maren.click();
  await expect(maren).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByText(/Logged in rider version \d+'s check-ins/).first()).toBeVisible();
  await maren.click();
  await expect(maren).toHaveAttribute('aria-pressed', 'false');
  await maren.click();

  // The rider page shows both: the voided one greyed with why, and the live one.
  const productionId = /#\/productions\/([^/]+)\/onset/.exec(page.url())?.[1];
  expect(productionId).toBeTruthy();
  await page.evaluate(`location.hash = '#/productions/${productionId}/riders'`);
  await page
    .getByRole('row', { name: /Maren Holt/ })
    .getByRole('link')
    .first()
    .click();
  const log = page.locator('.checkins');
  await expect(log.getByRole('row').filter({ hasText: 'On set, scene' })).toHaveCount(2);
  await expect(log.getByText(/Voided .*Un-checked on the pre-roll checklist/)).toHaveCount(1);
});

test('the palette: a fast type-then-Enter opens a result of what was typed, never the previous search', async ({
  page,
  shell,
}) => {
  await openDemo(page, shell);
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const search = palette.getByRole('searchbox');

  // What "harbour wall" finds first, looked up at leisure.
  await page.keyboard.press(`${mod}+k`);
  await search.fill('harbour wall');
  const top = palette.getByRole('menuitem').first();
  await expect(top).toContainText('Scene 101/15');
  const target = ((await top.getByText(/./).first().textContent()) ?? '').trim();

  // Searches answer slowly from here on, as on a busy laptop, so the previous results stay on screen.
  await page.route('**/invoke', async (route) => {
    if ((route.request().postData() ?? '').includes('search.query')) await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  // Another search's results on screen, then "harbour wall" typed fast and Enter at once.
  await search.fill('maren');
  await expect(palette.getByRole('menuitem', { name: 'Maren Holt', exact: true })).toBeVisible();
  await search.selectText();
  await page.keyboard.type('harbour wall', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target);
});
