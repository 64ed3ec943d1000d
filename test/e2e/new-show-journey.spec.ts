import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';

/**
 * A new show end to end in the browser shell: a vault, people, a scene whose typed context and
 * performers are saved, a body map with a "never" area, a beat touching it, a rider sent, signed
 * and withdrawn, on set, a PDF export, search and undo. Nothing typed is lost, no check-in reads
 * "confirmed" after the withdrawal, and on set names both blockers.
 */

const PASSPHRASE = 'quiet harbour lantern violet';
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const toast = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Seeds what is not the point of the journey straight through the command endpoint. */
async function invoke<T>(page: Page, shell: Shell, name: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${shell.origin}/api/invoke`, {
    headers: { 'x-closed-set-token': shell.token, 'content-type': 'application/json' },
    data: { name, input },
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value as T;
}

/** react-aria checkboxes hide the input under their own box: tick them by their label. */
async function tick(scope: Page | ReturnType<Page['getByRole']>, name: string | RegExp): Promise<void> {
  const box = scope.getByRole('checkbox', typeof name === 'string' ? { name, exact: true } : { name });
  await box.locator('xpath=ancestor::label[1]').click();
  await expect(box).toBeChecked();
}

async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name, exact: true }).click();
}

const TYPED = {
  'Story context': 'Maya and Tom reconcile after the storm at the lighthouse.',
  "Director's intent": 'Relief and warmth, unhurried.',
  'What the audience sees': 'A closed-mouth kiss in profile, shoulders up.',
  'Closed set': 'Director\nDirector of photography\nIntimacy coordinator',
};

async function expectTyped(page: Page): Promise<void> {
  for (const [label, text] of Object.entries(TYPED)) {
    await expect(page.getByLabel(label, { exact: true }), `${label} keeps what was typed`).toHaveValue(text);
  }
}

test('a new show from vault to undo: nothing typed lost, no confirmed check-in after a withdrawal, both blockers on set', async ({
  page,
  shell,
}) => {
  // Vault, through the UI.
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Create a vault' }).click();
  await page.getByLabel('Vault file').fill(`${shell.home}/show.closedset`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeVisible();

  // People, cast and an empty scene (not the point of the journey).
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
  const shootDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await invoke(page, shell, 'scene.create', {
    productionId: production.id,
    number: '12',
    shootDate,
    callTime: '07:30',
    intimacyTypes: ['nudity-partial', 'kiss'],
    performers: [],
  });
  await page.goto(`${shell.origin}/#/productions/${production.id}`);
  await page.reload();

  // The scene: typed context, then performers saved, then the breakdown saved.
  await section(page, 'Scenes');
  await page.getByRole('table', { name: 'Scenes' }).getByRole('link', { name: 'Scene 12', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 12' })).toBeVisible();
  for (const [label, text] of Object.entries(TYPED)) await page.getByLabel(label, { exact: true }).fill(text);
  const performers = page.getByRole('table', { name: 'Performers in this scene' });
  await performers.getByText('Ana Ortiz (Maya)').click();
  await performers.getByText('Ben Okafor (Tom)').click();
  // Partial nudity: Ana's consent needs a signed rider.
  await performers.getByLabel('Nudity for Ana Ortiz').selectOption({ label: 'Partial' });
  await page.getByRole('button', { name: 'Save performers' }).click();
  await expect(toast(page, 'Scene 12: performers changed')).toBeVisible();
  await expectTyped(page);
  await page.getByRole('button', { name: 'Save breakdown and context' }).click();
  await expect(toast(page, 'Scene 12: breakdown changed')).toBeVisible();
  await expectTyped(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 12' })).toBeVisible();
  await expectTyped(page);

  // Body map: Ana's inner thighs are "never".
  await page.getByRole('tab', { name: 'Communication' }).click();
  await page.getByLabel('Performer', { exact: true }).selectOption({ label: 'Ana Ortiz' });
  await expect(page.getByRole('heading', { name: 'Boundaries: Ana Ortiz' })).toBeVisible();
  await page.getByRole('button', { name: /^Mark the \d+ areas not yet discussed/ }).click();
  await page.getByRole('button', { name: 'Inner thighs: Ask first' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Inner thighs: Never' })).toBeFocused();

  // A beat touching that area.
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
  await expect(
    page
      .getByRole('grid', { name: 'Beats, in order' })
      .getByText(/Outside boundaries: Beat 1: contact by Ben Okafor on Ana Ortiz's inner thighs/)
      .first(),
  ).toBeVisible();

  // Ana's rider: drafted, sent, signed, then withdrawn.
  await section(page, 'Riders');
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
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Sent, waiting for signature')).toBeVisible();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await page.getByRole('tab', { name: 'Type name' }).click();
  await page.getByLabel('Typed name (signature)').fill('Ana Ortiz');
  await page.getByLabel('Witness').fill('Rosa Lindqvist (IC)');
  await page.getByLabel('Witness').press('Enter');
  await expect(page.getByText(/Typed name\. Signed by Ana Ortiz/)).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw consent' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Record a withdrawal of consent' });
  await withdraw.getByLabel('Reason (optional)').fill('Wants to talk the scene through again');
  await withdraw.getByRole('button', { name: 'Record withdrawal' }).click();
  await expect(page.getByRole('alert').getByText('Consent withdrawn')).toBeVisible();

  // No check-in reads "confirmed" after the withdrawal.
  const riders = await invoke<{ id: string }[]>(page, shell, 'rider.list', {
    productionId: production.id,
    personId: ana.id,
  });
  expect(riders).toHaveLength(1);
  const detail = await invoke<{ checkIns: { outcome: string; voidedAt: string | null }[] }>(page, shell, 'rider.get', {
    id: riders[0]?.id,
  });
  expect(detail.checkIns.filter((c) => c.outcome === 'confirmed' && c.voidedAt === null)).toEqual([]);

  // On set: the banner names both blockers.
  await page.goto(`${shell.origin}/#/productions/${production.id}/onset/${shootDate}`);
  await page
    .getByRole('tablist', { name: 'Scenes in shooting order' })
    .getByRole('tab', { name: /Scene 12/ })
    .click();
  const banner = page.getByRole('tabpanel').getByRole('alert', { name: 'Scene 12: Blocked - do not roll' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Ana Ortiz has withdrawn consent for this scene.');
  await expect(banner).toContainText(/Ben Okafor on Ana Ortiz's inner thighs/);
  await expect(page.getByText(/Rider withdrawn - not confirmable/)).toBeVisible();

  // A PDF export of the production.
  await page.goto(`${shell.origin}/#/productions/${production.id}`);
  await page.getByRole('link', { name: 'Export / handoff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export and handoff' })).toBeVisible();
  await page.getByRole('button', { name: /Recipient cut$/ }).click();
  await page.getByRole('option', { name: 'Costume department', exact: true }).click();
  await page.getByLabel('Prepared for').fill('Dana Whitlock, costume supervisor');
  const out = page.getByLabel('Save to');
  await expect(out).toHaveValue(/\.pdf$/);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByText('Export written')).toBeVisible();
  const pdf = await out.inputValue();
  expect(existsSync(pdf)).toBe(true);
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
    'prepared for Dana Whitlock, costume supervisor',
  );

  // Search finds the scene by the words typed into its context.
  await page.keyboard.press(`${mod}+k`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('searchbox').fill('lighthouse');
  await expect(palette.getByRole('menuitem', { name: /Scene 12/ }).first()).toBeVisible();
  await palette
    .getByRole('menuitem', { name: /Scene 12/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 12' })).toBeVisible();

  // Undo: a changed story context saved, then taken back with Ctrl/Cmd+Z.
  await page.getByRole('tab', { name: 'Breakdown and context' }).click();
  await page.getByLabel('Story context', { exact: true }).fill('A different story.');
  const save = page.getByRole('button', { name: 'Save breakdown and context' });
  await save.click();
  await expect(toast(page, 'Scene 12: breakdown changed')).toBeVisible();
  await save.focus();
  await page.keyboard.press(`${mod}+z`);
  await expect(toast(page, 'Undone: Scene 12: breakdown changed')).toBeVisible();
  await expectTyped(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scene 12' })).toBeVisible();
  await expectTyped(page);
});
