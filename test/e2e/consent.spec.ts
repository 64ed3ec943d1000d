import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';
import { SCREENSHOTS } from './helpers';

/**
 * Riders end to end in real Chromium: draft a rider, sign it by drawing on the canvas, see the
 * scene's consent turn complete, change the rider and see it need signing again, withdraw and see
 * the scene react; the audit trail verifies.
 */

const PASSPHRASE = 'quiet harbour lantern violet';

/** Seeds people and scenes straight through the command endpoint, as the page itself would. */
async function invoke<T>(page: Page, shell: Shell, name: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${shell.origin}/api/invoke`, {
    headers: { 'x-closed-set-token': shell.token, 'content-type': 'application/json' },
    data: { name, input },
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value as T;
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  // react-aria announces a pending button's "done" through a node labelled by the button; when the
  // button's dialog has just closed, that node points at nothing for up to seven seconds.
  await expect(page.locator('[data-live-announcer] [role="img"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 300)}`).join(', ')}`,
    );
  expect(serious, `accessibility on ${where}`).toEqual([]);
}

async function setUp(page: Page, shell: Shell): Promise<{ productionId: string }> {
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Create a vault' }).click();
  await page.getByLabel('Vault file').fill(`${shell.home}/show.closedset`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeVisible();

  const production = await invoke<{ id: string }>(page, shell, 'production.create', {
    title: 'Night Shift',
    type: 'series',
    unionStatus: 'sag-aftra',
    timeZone: 'Europe/London',
  });
  const ana = await invoke<{ id: string }>(page, shell, 'person.create', { name: 'Ana Ortiz' });
  const ben = await invoke<{ id: string }>(page, shell, 'person.create', { name: 'Ben Okafor' });
  for (const [p, character] of [
    [ana, 'Maya'],
    [ben, 'Tom'],
  ] as const) {
    await invoke(page, shell, 'member.add', {
      productionId: production.id,
      personId: p.id,
      role: 'performer',
      characterName: character,
    });
  }
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await invoke(page, shell, 'scene.create', {
    productionId: production.id,
    number: '12',
    shootDate: inAWeek,
    callTime: '07:30',
    intimacyTypes: ['nudity-partial', 'kiss'],
    performers: [
      { personId: ana.id, nudity: 'partial', simulatedSex: false },
      { personId: ben.id, nudity: 'none', simulatedSex: false },
    ],
  });
  return { productionId: production.id };
}

/** Draws a signature with real mouse moves on the canvas. */
async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByTestId('signature-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The signature canvas is not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(box.x + 40 + i * 14, y + Math.sin(i / 2) * 30, { steps: 2 });
  }
  await page.mouse.up();
}

/** react-aria checkboxes hide the input under their own box: tick them by their label, as a user does. */
async function tick(scope: Page | ReturnType<Page['getByRole']>, name: string | RegExp): Promise<void> {
  const box = scope.getByRole('checkbox', typeof name === 'string' ? { name, exact: true } : { name });
  const label = box.locator('xpath=ancestor::label[1]');
  await label.click();
  await expect(box).toBeChecked();
}

/** A production's section navigation: Overview, Cast and crew, Scenes, Riders. */
async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name, exact: true }).click();
}

/** The scene's own page (the binder's readiness by pillar): the consent pillar's state and words. */
async function expectScenePillar(page: Page, status: string, text?: string): Promise<void> {
  await section(page, 'Scenes');
  await page.getByRole('link', { name: 'Scene 12' }).click();
  const pillar = page.getByRole('region', { name: 'Consent pillar' }).first();
  await expect(pillar).toContainText(status);
  if (text) await expect(pillar).toContainText(text);
}

const sceneConsent = (page: Page) => page.getByTestId('scene-consent-12');

async function toRiders(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Night Shift · Riders/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riders and consent' })).toBeVisible();
}

test('a rider from draft to signature, a new version, and a withdrawal', async ({ page, shell }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const { productionId } = await setUp(page, shell);
  // The production was made behind the page's back: reload to list it, go to it, then use the links.
  await page.goto(`${shell.origin}/#/productions/${productionId}`);
  await page.reload();
  await section(page, 'Riders');
  await expect(sceneConsent(page)).toContainText('Consent: Incomplete');
  await expect(sceneConsent(page)).toContainText('Ana Ortiz has no rider for this scene.');

  // Draft
  await page.getByRole('button', { name: 'New rider' }).click();
  const dialog = page.getByRole('dialog', { name: 'New rider' });
  await dialog.getByRole('button', { name: /Performer/ }).click();
  await page.getByRole('option', { name: 'Ana Ortiz (Maya)' }).click();
  await tick(dialog, /Scene 12/);
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rider: Ana Ortiz' })).toBeVisible();

  await page.getByRole('button', { name: /Nudity agreed/ }).click();
  await page.getByRole('option', { name: 'Partial', exact: true }).click();
  await tick(page, 'Kiss, closed mouth');
  await page.getByRole('button', { name: 'Add body area' }).click();
  await page.getByLabel('Body area 1').selectOption('back-upper');
  await tick(page, 'Shown: upper back');
  await page.getByLabel('Angle or framing').fill('Wide and medium shots only');
  await page
    .getByRole('textbox', { name: 'Who is present' })
    .fill('Director\nDirector of photography\nIntimacy coordinator');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();

  // Send, then sign by drawing
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Sent, waiting for signature')).toBeVisible();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  const sign = page.getByRole('dialog', { name: /Sign rider/ });
  await drawSignature(page);
  await sign.getByLabel('Witness').fill('Rosa Lindqvist (IC)');
  await sign.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(sign).toBeHidden();
  await expect(page.getByRole('img', { name: 'Signature of Ana Ortiz' })).toBeVisible();
  await expect(page.getByText(/witnessed by Rosa Lindqvist \(IC\)/)).toBeVisible();

  await expect(page.locator('.modal-overlay')).toHaveCount(0);
  await expectAccessible(page, 'the signed rider (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'the signed rider (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'rider.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Keep the signed terms as a template for the next performer.
  await page.getByRole('button', { name: 'Save as template' }).click();
  const template = page.getByRole('dialog', { name: 'Save terms as a template' });
  await template.getByLabel('Template name').fill('Partial nudity, closed set');
  await template.getByRole('button', { name: 'Save template' }).click();
  await expect(template).toBeHidden();

  await toRiders(page);
  await expect(sceneConsent(page)).toContainText('Consent: Complete');
  // Listed among the templates (the undo toast names it too).
  await expect(page.getByRole('listitem').filter({ hasText: 'Partial nudity, closed set' })).toBeVisible();
  await expectAccessible(page, 'the riders page');
  await expectScenePillar(page, 'Complete');
  await page.getByRole('tab', { name: 'Consent' }).click();
  await expect(page.getByRole('link', { name: 'Signed, version 1' })).toBeVisible();
  await expectAccessible(page, "the scene's consent tab");
  await section(page, 'Riders');

  // A change makes a new version that needs signing again; version 1 stays readable.
  await page.getByRole('link', { name: 'Ana Ortiz' }).click();
  await page.getByRole('button', { name: 'Change terms' }).click();
  await expect(page.getByText('Version 2 needs signing again')).toBeVisible();
  await tick(page, 'Embrace');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Read version 1' }).click();
  await expect(page.getByRole('img', { name: 'Signature of Ana Ortiz' })).toBeVisible();
  await toRiders(page);
  // The Riders page and the scene's pillar say the same status and the same reason.
  await expect(sceneConsent(page)).toContainText('Consent: Incomplete');
  await expect(sceneConsent(page)).toContainText("Ana Ortiz's rider (version 2) is a draft, not signed.");
  await expectScenePillar(page, 'Incomplete', "Ana Ortiz's rider (version 2) is a draft, not signed.");
  await section(page, 'Riders');

  // Sign version 2 from the keyboard (typed name).
  await page.getByRole('link', { name: 'Ana Ortiz' }).click();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await page.getByRole('tab', { name: 'Type name' }).click();
  await page.getByLabel('Typed name (signature)').fill('Ana Ortiz');
  await page.getByLabel('Witness').fill('Rosa Lindqvist (IC)');
  await page.getByLabel('Witness').press('Enter');
  await expect(page.getByText(/Typed name\. Signed by Ana Ortiz/)).toBeVisible();
  await toRiders(page);
  await expect(sceneConsent(page)).toContainText('Consent: Complete');

  // Withdrawal takes effect at once.
  await page.getByRole('link', { name: 'Ana Ortiz' }).click();
  await page.getByRole('button', { name: 'Withdraw consent' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Record a withdrawal of consent' });
  await withdraw.getByLabel('Reason (optional)').fill('Wants to talk the scene through again');
  await withdraw.getByRole('button', { name: 'Record withdrawal' }).click();
  await expect(page.getByRole('alert').getByText('Consent withdrawn')).toBeVisible();
  await toRiders(page);
  await expect(sceneConsent(page)).toContainText('Consent: Blocked');
  await expect(sceneConsent(page)).toContainText('Ana Ortiz has withdrawn consent for this scene.');
  // The scene list (the production's dashboard of scenes) and the scene page react at once.
  await section(page, 'Scenes');
  await expect(page.getByRole('row', { name: /Scene 12/ })).toContainText('Blocked');
  await expectScenePillar(page, 'Blocked', 'Ana Ortiz has withdrawn consent for this scene.');
  await section(page, 'Riders');

  // The audit trail holds every step and verifies.
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByText('The chain is intact')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Consent withdrawn' })).toBeVisible();
  await expectAccessible(page, 'the audit trail');
  expect(problems).toEqual([]);
});
