import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, openDemo, SCREENSHOTS } from './helpers';

/**
 * The coordinator's day in real Chromium through the browser shell, on the CLI's demo vault:
 * dashboard, on-set mode (checklist, a break with no reason, closure), search from the palette,
 * undo, recently deleted, the shortcut list; axe-core and the README screenshots.
 */

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Lighthouse Keeper' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next shoot days' })).toBeVisible();
}

test('on-set mode for a demo day: the checklist, a break without a reason, closure, undo', async ({ page, shell }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await openDemo(page, shell);
  await openDashboard(page);
  const strip = page.getByRole('list', { name: 'The next two weeks' });
  await expect(strip.getByRole('listitem')).toHaveCount(14);
  // The demo's two shoot days in the coming week (and a later one) open on-set mode.
  await expect(strip.getByRole('link').nth(1)).toBeVisible();
  await expectAccessible(page, 'the dashboard (light)');
  await page.mouse.move(0, 0);
  // The shell scrolls inside its main area, so a tall window shows the whole page.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The first shoot day, from the keyboard: the strip's first busy day.
  await strip.getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/day/);
  const tabs = page.getByRole('tablist', { name: 'Scenes in shooting order' });
  await expect(tabs.getByRole('tab')).toHaveCount(3);
  const panel = page.getByRole('tabpanel');

  // The demo already confirmed the closed set and named the robe person.
  await expect(panel.getByRole('button', { name: /Closed set confirmed/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByLabel(/Robe person named/)).toHaveValue('Noor Haddad (wardrobe)');
  for (const item of ['Monitors restricted', 'Crew briefed', 'Garments and barriers fitted']) {
    const button = panel.getByRole('button', { name: new RegExp(item) });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
  // Consent checked in with each performer, each with the time it was done.
  const checkIns = panel.getByRole('button', { name: /Maren Holt \(Elin Voss\)|Tobias Reyes \(Callum Dray\)/ });
  await expect(checkIns).toHaveCount(2);
  for (const b of await checkIns.all()) {
    await b.click();
    await expect(b).toHaveAttribute('aria-pressed', 'true');
    await expect(b).toContainText(/\d\d:\d\d/);
  }
  await expect(panel.getByText('All done')).toBeVisible();
  await expect(tabs.getByRole('tab').first()).toContainText('checked');

  // Undo the last tap with the shortcut: that check-in is open again, and the list with it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(checkIns.last()).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.getByText('Open', { exact: true })).toBeVisible();
  await checkIns.last().click();
  await expect(panel.getByText('All done')).toBeVisible();

  // A break: one tap, no question asked, the time recorded.
  await panel.getByRole('button', { name: 'Break: Maren Holt' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const log = page
    .getByRole('region', { name: 'Break log' })
    .or(page.locator('section[aria-labelledby="break-log-title"]'));
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.getByRole('listitem').first()).toContainText(/\d\d:\d\d [A-Z]{2,5}\s*Maren Holt/);
  await expect(page.getByRole('status').filter({ hasText: 'Break logged for Maren Holt' })).toBeVisible();

  // An optional note, autosaved as it is typed.
  await log.getByRole('button', { name: 'Add a note' }).click();
  await log.getByLabel('Note (optional)').fill('Water and five minutes off set');
  await expect(log.getByText('Saved')).toBeVisible();

  // Closure before wrap: the practice per performer, debrief notes (autosaved), a follow-up.
  const maren = panel.getByRole('group', { name: 'Closure for Maren Holt' });
  // The demo recorded tag-out and de-roling at rehearsal; the cool-down is done now.
  await expect(maren.getByRole('button', { name: 'Tag-out' })).toHaveAttribute('aria-pressed', 'true');
  await maren.getByRole('button', { name: 'Physical cool-down' }).click();
  await expect(maren.getByRole('button', { name: 'Physical cool-down' })).toHaveAttribute('aria-pressed', 'true');
  await maren
    .getByLabel('Debrief notes for Maren Holt')
    .fill('Comfortable with the blocking; asked for a longer cool-down.');
  await maren.getByLabel('Debrief notes for Maren Holt').blur();
  await panel.getByLabel('New follow-up').fill('Check in with Maren before the next call');
  await panel.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(panel.getByText('Check in with Maren before the next call')).toBeVisible();

  await expectAccessible(page, 'on-set mode (light)');
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.locator('#main').evaluate((main) => {
    main.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'on-set.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Undo a delete: remove the break, then Undo from the toast.
  await log.getByRole('button', { name: /Remove the .* break for Maren Holt/ }).click();
  await expect(log.getByText('No breaks logged today.')).toBeVisible();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.getByLabel('Note (optional)')).toHaveValue('Water and five minutes off set');

  // Everything was committed as it was tapped: a reload shows the same day.
  await page.reload();
  await expect(page.getByRole('tabpanel').getByText('All done')).toBeVisible();
  await expect(log.getByRole('listitem')).toHaveCount(1);
  const closed = page.getByRole('group', { name: 'Closure for Maren Holt' });
  await expect(closed.getByRole('button', { name: 'Physical cool-down' })).toHaveAttribute('aria-pressed', 'true');
  await expect(closed.getByLabel('Debrief notes for Maren Holt')).toHaveValue(
    'Comfortable with the blocking; asked for a longer cool-down.',
  );

  // Dark theme is accessible too.
  await page
    .getByRole('radio', { name: 'Dark' })
    .or(page.getByRole('button', { name: 'Dark', exact: true }))
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'on-set mode (dark)');
});

test('search from the palette, keyboard only; shortcuts help; undo a delete; recently deleted', async ({
  page,
  shell,
}) => {
  await openDemo(page, shell);
  await openDashboard(page);

  await page.keyboard.press(`${mod}+k`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('harbour wall');
  await expect(palette.getByRole('menuitem', { name: /Scene 101\/15/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/15' })).toBeVisible();

  await page.keyboard.press(`${mod}+k`);
  await page.keyboard.type('maren');
  await expect(palette.getByRole('menuitem', { name: 'Maren Holt', exact: true })).toContainText('Cast and crew');
  // Meeting notes and closure notes are found too.
  await expect(palette.getByRole('menuitem', { name: /^Closure: Maren Holt/ }).first()).toBeVisible();
  // Vault-wide: a production by name, opened with the arrow keys and Enter.
  await palette.getByRole('switch').press('Space');
  await palette.getByRole('searchbox').fill('harbour lights');
  await expect(palette.getByRole('menuitem', { name: /Harbour Lights \(second unit\)/ })).toBeVisible();
  // The earlier results have given way to this search's before moving through them.
  await expect(palette.getByRole('menuitem', { name: 'Maren Holt', exact: true })).toHaveCount(0);
  await palette.getByRole('searchbox').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour Lights (second unit)' })).toBeVisible();

  // The shortcut list.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('cell', { name: 'Search and go anywhere (command palette)' })).toBeVisible();
  await expectAccessible(page, 'the shortcut list');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Undo a delete: take a crew member off the production, then Ctrl/Cmd+Z.
  await openDashboard(page);
  await page
    .getByRole('navigation', { name: 'Production sections' })
    .getByRole('link', { name: 'Cast and crew' })
    .click();
  await page.getByRole('button', { name: 'Take Agnes Moreau off this production' }).click();
  await expect(page.getByRole('cell', { name: 'Agnes Moreau', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Agnes Moreau taken off this production' })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByRole('cell', { name: 'Agnes Moreau', exact: true })).toBeVisible();

  // A break removed on set is in Recently deleted, and comes back from there.
  await openDashboard(page);
  await page.getByRole('link', { name: /^On set:/ }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Break: Tobias Reyes' }).click();
  const log = page.locator('section[aria-labelledby="break-log-title"]');
  await log.getByRole('button', { name: /Remove the .* break for Tobias Reyes/ }).click();
  await expect(log.getByText('No breaks logged today.')).toBeVisible();
  await page.getByRole('link', { name: 'Recently deleted' }).click();
  await page.getByRole('button', { name: 'Restore Break: Tobias Reyes' }).click();
  await expect(page.getByText('Nothing has been deleted.')).toBeVisible();
  await page.goBack();
  await expect(log.getByRole('listitem')).toHaveCount(1);
});
