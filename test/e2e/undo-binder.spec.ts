import type { Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';
import { expectAccessible, openDemo as openDemoVault } from './helpers';

/**
 * Undo in the binder, in real Chromium through the browser shell on the CLI's demo vault: a scene
 * and a person deleted (soft) and brought back from the toast and with Ctrl/Cmd+Z, a body map mark
 * and a beat removal undone and still undone after a reload, a new scene undone into Recently deleted.
 */

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openDemo(page: Page, shell: Shell): Promise<void> {
  await openDemoVault(page, shell);
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
}

async function openScenes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Scenes' }).click();
  await expect(page.getByRole('table', { name: 'Scenes' })).toBeVisible();
}

const toast = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('a deleted scene comes back from the toast; a deleted person with the shortcut', async ({ page, shell }, info) => {
  await openDemo(page, shell);
  await openScenes(page);
  const scenes = page.getByRole('table', { name: 'Scenes' });
  await scenes.getByRole('link', { name: 'Scene 101/9', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/9' })).toBeVisible();

  // The delete sits with the page's actions, reachable from the keyboard with a visible focus.
  const del = page.getByRole('button', { name: 'Delete scene' });
  await del.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(del).toBeFocused();
  await expect(del).toHaveAttribute('data-focus-visible', 'true');
  await page.screenshot({ path: info.outputPath('scene-header.png') });
  await expectAccessible(page, 'a scene page');
  await page.keyboard.press('Enter');

  // Back on the list, without the scene, and the toast says where it went.
  await expect(page.getByRole('heading', { level: 1, name: 'Scenes' })).toBeVisible();
  await expect(scenes.getByRole('link', { name: 'Scene 101/9', exact: true })).toHaveCount(0);
  await expect(toast(page, 'Scene 101/9 moved to Recently deleted')).toBeVisible();
  await page.screenshot({ path: info.outputPath('scene-deleted-toast.png') });
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(scenes.getByRole('link', { name: 'Scene 101/9', exact: true })).toBeVisible();
  await expect(toast(page, 'Undone: Scene 101/9 moved to Recently deleted')).toBeVisible();

  // A person: Delete in their row, then Ctrl/Cmd+Z with the focus outside any text field.
  await page.getByRole('link', { name: 'People' }).click();
  const people = page.getByRole('table', { name: 'People' });
  await expect(people.getByRole('cell', { name: 'Jonah Whitlock', exact: true })).toBeVisible();
  await page.screenshot({ path: info.outputPath('people.png') });
  await expectAccessible(page, 'the people page');
  // The danger-coloured Delete keeps its contrast in the dark theme too.
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'the people page (dark)');
  await page.screenshot({ path: info.outputPath('people-dark.png') });
  await page.getByRole('button', { name: 'Delete Jonah Whitlock' }).click();
  await expect(people.getByRole('cell', { name: 'Jonah Whitlock', exact: true })).toHaveCount(0);
  await expect(toast(page, 'Jonah Whitlock moved to Recently deleted')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(people.getByRole('cell', { name: 'Jonah Whitlock', exact: true })).toBeVisible();
  // Undone for good: a reload reads the vault again.
  await page.reload();
  await expect(people.getByRole('cell', { name: 'Jonah Whitlock', exact: true })).toBeVisible();
});

test('a body map mark and a removed beat are undone, and stay undone after a reload', async ({ page, shell }) => {
  await openDemo(page, shell);
  await openScenes(page);
  await page.getByRole('table', { name: 'Scenes' }).getByRole('link', { name: 'Scene 101/4', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/4' })).toBeVisible();

  // Maren's map: the face is OK; a click marks it "ask first" and saves at once.
  await page.getByRole('tab', { name: 'Communication' }).click();
  const front = page.getByRole('group', { name: 'Maren Holt: body map, front' });
  await expect(front.getByRole('button', { name: /^Face:/ })).toHaveAccessibleName('Face: OK');
  await front.getByRole('button', { name: /^Face:/ }).click();
  await expect(front.getByRole('button', { name: /^Face:/ })).toHaveAccessibleName('Face: Ask first');
  await expect(toast(page, 'Maren Holt: face marked ask first')).toBeVisible();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(toast(page, 'Undone: Maren Holt: face marked ask first')).toBeVisible();
  await expect(front.getByRole('button', { name: /^Face:/ })).toHaveAccessibleName('Face: OK');
  await page.reload();
  await page.getByRole('tab', { name: 'Communication' }).click();
  await expect(front.getByRole('button', { name: /^Face:/ })).toHaveAccessibleName('Face: OK');

  // Choreography: remove the kiss beat, undo with the shortcut; the same beats are back as a new version.
  await page.getByRole('tab', { name: 'Choreography' }).click();
  const beats = page.getByRole('grid', { name: 'Beats, in order' });
  await expect(beats.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove beat 2' }).click();
  await expect(beats.getByRole('row')).toHaveCount(1);
  await expect(toast(page, 'Scene 101/4: beat 2 removed')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(beats.getByRole('row')).toHaveCount(2);
  await page.reload();
  await page.getByRole('tab', { name: 'Choreography' }).click();
  await expect(beats.getByRole('row')).toHaveCount(2);
  await expect(beats.getByRole('row').nth(1)).toContainText('Kiss');
  await expect(page.getByRole('combobox', { name: 'Version' })).toContainText('Latest (version 3)');
});

test('a new scene is undone into Recently deleted', async ({ page, shell }, info) => {
  await openDemo(page, shell);
  await openScenes(page);
  await page.getByRole('button', { name: 'New scene' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scene' });
  await dialog.getByLabel('Scene number').fill('40B');
  await dialog.getByLabel('Episode').fill('102');
  await dialog.getByRole('checkbox', { name: 'Kiss' }).check({ force: true });
  await dialog.getByRole('button', { name: 'Create scene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 102/40B' })).toBeVisible();
  await expect(toast(page, 'Scene 102/40B added')).toBeVisible();
  await page.getByRole('button', { name: /^Undo/ }).click();

  // The open page says so and offers the restore; the list no longer has it.
  await expect(page.getByText('Scene 102/40B is deleted')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete scene' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore scene' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('scene-undone-create.png') });
  await expectAccessible(page, 'a deleted scene');
  await openScenes(page);
  await expect(page.getByRole('table', { name: 'Scenes' }).getByRole('link', { name: 'Scene 102/40B' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Recently deleted' }).click();
  await expect(page.getByRole('button', { name: 'Restore Scene 102/40B' })).toBeVisible();
});

test('a follow-up and a logged check-in are deleted softly and come back with Undo', async ({ page, shell }, info) => {
  await openDemo(page, shell);
  await openScenes(page);
  await page.getByRole('table', { name: 'Scenes' }).getByRole('link', { name: 'Scene 101/9', exact: true }).click();
  await page.getByRole('tab', { name: 'Closure' }).click();
  const followUp = page.getByRole('checkbox', { name: /Send Maren the revised blocking/ });
  await expect(followUp).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete the follow-up: Send Maren the revised blocking/ }).click();
  await expect(followUp).toHaveCount(0);
  await expect(toast(page, 'Follow-up moved to Recently deleted')).toBeVisible();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(followUp).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('closure.png'), fullPage: true });
  await expectAccessible(page, 'the closure tab');

  await page.getByRole('tab', { name: 'Communication' }).click();
  const agreed = page
    .getByRole('table', { name: 'Meetings and check-ins with Maren Holt' })
    .getByRole('cell', { name: /^Walked through scenes 4, 9 and 22/ });
  await expect(agreed).toBeVisible();
  await page.getByRole('button', { name: /^Delete the meeting of / }).click();
  await expect(agreed).toHaveCount(0);
  await expect(toast(page, 'Meeting with Maren Holt moved to Recently deleted')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(agreed).toBeVisible();
  await expectAccessible(page, 'the communication tab');
});
