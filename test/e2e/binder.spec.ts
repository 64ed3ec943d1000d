import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';
import { expectAccessible, SCREENSHOTS } from './helpers';

/**
 * The binder end to end through the browser shell: people, cast, a scene broken down, a body map
 * marked, beats written and flagged, every pillar filled until readiness turns complete.
 */

const PASSPHRASE = 'quiet harbour lantern violet';

async function bothThemes(page: Page, where: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, `${where} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${where} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function setUp(page: Page, shell: Shell): Promise<void> {
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Create a vault' }).click();
  await page.getByLabel('Vault file').fill(`${shell.home}/show.closedset`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page
    .getByRole('button', { name: /New production/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New production' });
  await dialog.getByLabel('Title').fill('Night Shift');
  await page.getByRole('button', { name: /Production type$/ }).click();
  await page.getByRole('option', { name: 'Series', exact: true }).click();
  await page.getByRole('button', { name: /Union status$/ }).click();
  await page.getByRole('option', { name: 'SAG-AFTRA', exact: true }).click();
  await dialog.getByRole('button', { name: 'Create production' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift' })).toBeVisible();
}

async function addPerson(page: Page, name: string, pronouns: string): Promise<void> {
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Pronouns').fill(pronouns);
  await dialog.getByLabel('Waist').fill('30');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

function pillar(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `${name} pillar` }).first();
}

test('break down a scene and fill every pillar until it is ready', async ({ page, shell }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await setUp(page, shell);

  // People, typed once for the vault.
  await page.getByRole('link', { name: 'People' }).click();
  await addPerson(page, 'Ana Ortiz', 'she/her');
  await addPerson(page, 'Ben Okafor', 'he/him');
  await expect(page.getByRole('table', { name: 'People' }).getByRole('row')).toHaveCount(3);
  await bothThemes(page, 'people');
  // The form checks with the command's schema and names the field.
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Email').fill('not-an-address');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByText('Not an e-mail address')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Cast for the production.
  await page
    .getByRole('listbox', { name: 'Productions' })
    .getByRole('option', { name: /Night Shift/ })
    .click();
  await page.getByRole('link', { name: 'Cast and crew' }).click();
  for (const [name, character] of [
    ['Ana Ortiz', 'Maya'],
    ['Ben Okafor', 'Tom'],
  ] as const) {
    await page.getByLabel('Person').selectOption({ label: name });
    await page.getByLabel('Character').fill(character);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Cast and crew' }).getByText(name)).toBeVisible();
  }
  await bothThemes(page, 'cast and crew');

  // Break down a scene.
  await page.getByRole('link', { name: 'Scenes' }).click();
  await page.getByRole('button', { name: 'New scene' }).click();
  const newScene = page.getByRole('dialog', { name: 'New scene' });
  await newScene.getByLabel('Scene number').fill('12');
  await newScene.getByLabel('Episode').fill('101');
  await newScene.getByLabel('Pages').fill('1 9/8');
  await newScene.getByRole('button', { name: 'Create scene' }).click();
  await expect(newScene.getByText('Use a page count such as 1 3/8, 3/8 or 2')).toBeVisible();
  await newScene.getByLabel('Pages').fill('1 3/8');
  await newScene.getByLabel('Shoot date').fill('2027-01-20');
  await newScene.getByText('Kiss', { exact: true }).click();
  await newScene.getByRole('button', { name: 'Create scene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 101/12' })).toBeVisible();
  await expect(pillar(page, 'Context')).toContainText('Incomplete');

  // Context and performers.
  await page.getByLabel('Story context').fill('Maya and Tom reconcile after the storm.');
  await page.getByLabel("Director's intent").fill('Relief and warmth, unhurried.');
  await page.getByLabel('What the audience sees').fill('A closed-mouth kiss in profile, shoulders up.');
  await page.getByRole('button', { name: 'Save breakdown and context' }).click();
  const performers = page.getByRole('table', { name: 'Performers in this scene' });
  await performers.getByText('Ana Ortiz (Maya)').click();
  await performers.getByText('Ben Okafor (Tom)').click();
  await page.getByRole('button', { name: 'Save performers' }).click();
  await expect(pillar(page, 'Context')).toContainText('Complete');
  await bothThemes(page, 'scene: breakdown and context');

  // Communication: body maps, break signals and a check-in each.
  await page.getByRole('tab', { name: 'Communication' }).click();
  for (const name of ['Ana Ortiz', 'Ben Okafor']) {
    await page.getByLabel('Performer', { exact: true }).selectOption({ label: name });
    await expect(page.getByRole('heading', { name: `Boundaries: ${name}` })).toBeVisible();
    const face = page.getByRole('button', { name: /^Face: / });
    await face.click();
    await expect(face).toHaveAccessibleName('Face: OK');
    await page.getByRole('button', { name: /^Mark the \d+ areas not yet discussed/ }).click();
    await expect(page.getByRole('button', { name: 'Inner thighs: Ask first' })).toBeVisible();
    if (name === 'Ana Ortiz') {
      // Keyboard: focus the area and cycle it on to "never".
      await page.getByRole('button', { name: 'Inner thighs: Ask first' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Inner thighs: Never' })).toBeFocused();
      await expect(page.getByRole('definition').filter({ hasText: 'Inner thighs' }).first()).toBeVisible();
    }
    await page.getByLabel('Break signal').fill(name === 'Ana Ortiz' ? 'Says "hold"' : 'Taps twice');
    await page.getByRole('button', { name: 'Save communication' }).click();
    await page.getByLabel('What was agreed').fill('Walked through the kiss; boundaries confirmed.');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await expect(page.getByRole('table', { name: `Meetings and check-ins with ${name}` })).toBeVisible();
  }
  await page.getByLabel('Performer', { exact: true }).selectOption({ label: 'Ana Ortiz' });
  await expect(page.getByRole('button', { name: 'Inner thighs: Never' })).toBeVisible();
  await expect(pillar(page, 'Communication')).toContainText('Complete');
  await bothThemes(page, 'scene: communication');
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page
    .locator('section[aria-labelledby="bodymap-title"]')
    .screenshot({ path: path.join(SCREENSHOTS, 'bodymap.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Choreography: a beat that touches a "never" area is flagged at once.
  await page.getByRole('tab', { name: 'Choreography' }).click();
  await page.getByRole('button', { name: 'Add beat' }).click();
  const beat = page.getByRole('dialog', { name: 'New beat' });
  await beat.getByLabel('Beat title').fill('Kiss');
  await beat.getByRole('button', { name: 'Add contact' }).click();
  await beat.getByLabel('Contact 1: who touches').selectOption({ label: 'Ben Okafor' });
  await beat.getByLabel('Whom').selectOption({ label: 'Ana Ortiz' });
  await beat.getByLabel('Where').selectOption({ label: 'Inner thighs' });
  await beat.getByLabel('Position').fill('Standing, facing');
  await beat.getByLabel('Camera angle').fill('Profile two-shot');
  await beat.getByLabel('What is seen on screen').fill('Heads and shoulders');
  await beat.getByLabel('Description').fill('Tom rests a hand on Maya; a brief closed-mouth kiss.');
  await beat.getByRole('button', { name: 'Save beat' }).click();
  await expect(beat).toBeHidden();
  const beats = page.getByRole('grid', { name: 'Beats, in order' });
  await expect(
    beats.getByText(/Outside boundaries: Beat 1: contact by Ben Okafor on Ana Ortiz's inner thighs/),
  ).toBeVisible();
  await expect(pillar(page, 'Choreography')).toContainText('Blocked');
  await expect(page.getByText('Readiness: Blocked')).toBeVisible();
  await page
    .locator('section[aria-labelledby="readiness-title"]')
    .screenshot({ path: path.join(SCREENSHOTS, 'pillars.png') });

  // Rewrite the contact inside the boundaries; add a second beat and reorder by keyboard.
  await page.getByRole('button', { name: 'Edit beat 1' }).click();
  const edit = page.getByRole('dialog', { name: 'Beat 1' });
  await edit.getByLabel('Where').selectOption({ label: 'Shoulders' });
  await edit.getByRole('button', { name: 'Save beat' }).click();
  await expect(edit).toBeHidden();
  await expect(beats.getByText(/Outside boundaries/)).toHaveCount(0);
  await expect(beats.getByText(/Ask first: Beat 1/)).toBeVisible();
  await page.getByRole('button', { name: 'Edit beat 1' }).click();
  await page.getByRole('dialog', { name: 'Beat 1' }).getByText('Agreed', { exact: true }).click();
  await page.getByRole('dialog', { name: 'Beat 1' }).getByRole('button', { name: 'Save beat' }).click();
  await expect(beats.getByText(/Agreed: Beat 1/)).toBeVisible();
  await page.getByRole('button', { name: 'Add beat' }).click();
  const second = page.getByRole('dialog', { name: 'New beat' });
  await second.getByLabel('Beat title').fill('Approach');
  await second.getByLabel('Position').fill('Standing apart');
  await second.getByLabel('Camera angle').fill('Wide');
  await second.getByLabel('What is seen on screen').fill('Full figures, clothed');
  await second.getByLabel('Description').fill('They step towards each other.');
  await second.getByRole('button', { name: 'Save beat' }).click();
  await expect(second).toBeHidden();
  await page.getByRole('button', { name: 'Move beat 2 up' }).click();
  await expect(beats.getByRole('row').first()).toContainText('Approach');
  await expect(pillar(page, 'Choreography')).toContainText('Complete');
  await page.getByLabel('Version', { exact: true }).selectOption('1');
  await expect(page.getByRole('grid', { name: 'Beats, version 1' }).getByText(/Outside boundaries/)).toBeVisible();
  await page.getByLabel('Version', { exact: true }).selectOption('latest');
  await bothThemes(page, 'scene: choreography');

  // Closure for both performers.
  await page.getByRole('tab', { name: 'Closure' }).click();
  for (const name of ['Ana Ortiz', 'Ben Okafor']) {
    const card = page.getByRole('region', { name: `Closure: ${name}` });
    await card.getByText('Tag-out', { exact: true }).click();
    await card.getByLabel('Debrief notes').fill('Comfortable; no concerns.');
    await card.getByRole('button', { name: `Save closure for ${name}` }).click();
  }
  await page.getByLabel('New follow-up').fill('Send Ana the revised blocking');
  await page.getByLabel('Due date').fill('2099-01-01');
  await page.getByRole('button', { name: 'Add follow-up' }).click();
  await expect(page.getByText(/Send Ana the revised blocking · due/)).toBeVisible();
  await bothThemes(page, 'scene: closure');

  // Every pillar complete.
  await expect(page.getByText('Readiness: Complete')).toBeVisible();
  for (const p of ['Context', 'Communication', 'Consent', 'Choreography', 'Closure']) {
    await expect(pillar(page, p)).toContainText('Complete');
  }
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.getByRole('tab', { name: 'Choreography' }).click();
  await page.locator('#main').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'scene.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The scene list shows it, filtered and sorted.
  await page.getByRole('link', { name: 'Scenes' }).click();
  const list = page.getByRole('table', { name: 'Scenes' });
  await expect(list.getByRole('link', { name: 'Scene 101/12' })).toBeVisible();
  await page.getByLabel('Readiness').selectOption('blocked');
  await expect(page.getByText('No scenes match.')).toBeVisible();
  await page.getByLabel('Readiness').selectOption('complete');
  await expect(list.getByRole('link', { name: 'Scene 101/12' })).toBeVisible();
  await bothThemes(page, 'scene list');
});

test('import a breakdown from CSV with a preview', async ({ page, shell }) => {
  await setUp(page, shell);
  await page.getByRole('link', { name: 'Scenes' }).click();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a breakdown' });
  await dialog.getByLabel('Breakdown CSV file').setInputFiles({
    name: 'breakdown.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Scene,Episode,Pages,Shoot date,Intimacy\n4,101,1 2/8,2027-01-20,kiss\n9,101,7/8,2027-13-01,hug\n',
    ),
  });
  await expect(dialog.getByText(/2 problem\(s\)/)).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Problems' }).getByRole('row')).toHaveCount(3);
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await expectAccessible(page, 'CSV import preview');
  await dialog.getByLabel('Breakdown CSV file').setInputFiles({
    name: 'breakdown.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Scene,Episode,Pages,Shoot date,Intimacy\n4,101,1 2/8,2027-01-20,kiss\n9,101,7/8,2027-01-21,kiss\n',
    ),
  });
  await expect(dialog.getByText(/no problems/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 scene(s)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Scenes' }).getByRole('link')).toHaveText([
    'Scene 101/4',
    'Scene 101/9',
  ]);
});
