import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type Shell, test } from './fixtures';
import { expectAccessible, SCREENSHOTS } from './helpers';

/**
 * The walking skeleton end to end, in real Chromium against the loopback browser shell: vault
 * create / lock / unlock, productions, settings, damage and restore, accessibility and the README
 * screenshots.
 */

const PASSPHRASE = 'quiet harbour lantern violet';
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Fails the test on any CSP violation (the meta tag's ignored frame-ancestors aside). */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error') return;
    if (text.includes("'frame-ancestors' is ignored when delivered via a <meta> element")) return;
    // Expected answers from the server (a wrong passphrase is a 200 with ok:false, not an HTTP error).
    if (text.startsWith('Failed to load resource')) return;
    problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

function vaultPath(shell: Shell): string {
  return `${shell.home}/show.closedset`;
}

async function createVault(page: Page, shell: Shell): Promise<void> {
  await page.getByRole('tab', { name: 'Create a vault' }).click();
  await page.getByLabel('Vault file').fill(vaultPath(shell));
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeVisible();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`${field}$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function createNightShift(page: Page, { wrapBeforeStart = false } = {}): Promise<void> {
  await page.keyboard.press(`${mod}+n`);
  const dialog = page.getByRole('dialog', { name: 'New production' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill('Night Shift');
  await choose(page, 'Production type', 'Series');
  await dialog.getByLabel('Production company').fill('Harbour Lights Pictures');
  await choose(page, 'Union status', 'SAG-AFTRA');
  await dialog.getByLabel('Start of principal photography').fill('2026-03-02');
  await dialog.getByLabel('Wrap date').fill('2026-05-29');
  const zone = dialog.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('Los Angeles');
  await page.getByRole('option', { name: /^Los Angeles \(P[SD]T\), America/ }).click();
  await expect(zone).toHaveValue(/Los Angeles \(P[SD]T\)/);
  await expect(dialog.getByRole('textbox', { name: 'Rider notice (hours)' })).toHaveValue('48');
  if (wrapBeforeStart) {
    await dialog.getByLabel('Wrap date').fill('2026-02-27');
    await dialog.getByRole('button', { name: 'Create production' }).click();
    await expect(dialog.getByText('End date is before the start date')).toBeVisible();
    await dialog.getByLabel('Wrap date').fill('2026-05-29');
  }
  await dialog.getByRole('button', { name: 'Create production' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift' })).toBeVisible();
}

async function pickTheme(page: Page, theme: 'System' | 'Light' | 'Dark'): Promise<void> {
  await page
    .getByRole('radio', { name: theme })
    .or(page.getByRole('button', { name: theme, exact: true }))
    .click();
}

test('create a vault, lock, unlock, and keep a production across locks', async ({ page, shell }) => {
  const problems = watchConsole(page);
  await page.goto(shell.url);

  // The one-time token leaves the address bar at once.
  await expect(page.getByRole('heading', { name: 'Closed Set', level: 1 })).toBeVisible();
  expect(page.url()).not.toContain('token=');

  // Create: a weak passphrase keeps the button disabled and says why.
  await page.getByRole('tab', { name: 'Create a vault' }).click();
  await page.getByLabel('Vault file').fill(vaultPath(shell));
  await page.getByLabel('Passphrase', { exact: true }).fill('password12');
  await page.getByLabel('Confirm passphrase').fill('password12');
  const create = page.getByRole('button', { name: 'Create vault' });
  await expect(page.getByRole('meter')).toHaveAttribute('aria-valuetext', /weak/i);
  await expect(page.locator('.strength-feedback li').first()).toBeVisible();
  await expect(create).toBeDisabled();

  // A strong one that does not match the confirmation still waits.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await expect(page.getByRole('meter')).toHaveAttribute('aria-valuetext', /strong/i);
  await expect(create).toBeDisabled();
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await expect(create).toBeEnabled();
  await create.click();

  const nav = page.getByRole('navigation', { name: 'Binder' });
  await expect(nav).toBeVisible();
  await expect(nav.getByText('show', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start your first production' })).toBeVisible();

  // Lock from the sidebar; the vault screen offers the vault just made.
  await nav.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: 'show.closedset' })).toBeVisible();
  await expect(page.getByLabel('Vault file')).toHaveValue(vaultPath(shell));

  // A wrong passphrase: the message under the field, still locked, and no reset anywhere.
  await unlock(page, 'not the passphrase at all');
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/wrong passphrase/i)).toBeVisible();
  await expect(page.getByText(/reset/i)).toHaveCount(0);
  await expect(nav).toHaveCount(0);

  await unlock(page, PASSPHRASE);
  await expect(nav).toBeVisible();

  // New production (Ctrl/Cmd+N): the schema's messages show under the fields first.
  await page.keyboard.press(`${mod}+n`);
  const dialog = page.getByRole('dialog', { name: 'New production' });
  await dialog.getByRole('button', { name: 'Create production' }).click();
  await expect(dialog.getByText('Title is required')).toBeVisible();
  await expect(dialog.getByText('Choose a production type')).toBeVisible();
  await expect(dialog.getByText('Choose a union status')).toBeVisible();
  // Escape closes the dialog without saving anything.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await createNightShift(page, { wrapBeforeStart: true });
  const list = nav.getByRole('listbox', { name: 'Productions' });
  await expect(list.getByRole('option', { name: /Night Shift/ })).toHaveAttribute('aria-selected', 'true');
  const main = page.getByRole('main');
  await expect(main.getByText('Harbour Lights Pictures').first()).toBeVisible();
  await expect(main.getByText('SAG-AFTRA')).toBeVisible();
  await expect(main.getByText('48 hours before call time')).toBeVisible();

  // Rename: the page and the sidebar follow at once.
  await main.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Night Shift' });
  await edit.getByLabel('Title').fill('Night Shift: Series One');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift: Series One' })).toBeVisible();
  await expect(list.getByRole('option', { name: /Night Shift: Series One/ })).toBeVisible();

  // Lock with the shortcut: nothing of the vault stays on the page.
  await page.keyboard.press(`${mod}+l`);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(page.getByText('Night Shift')).toHaveCount(0);

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift: Series One' })).toBeVisible();
  await expect(list.getByRole('option', { name: /Night Shift: Series One/ })).toBeVisible();

  // Archive hides it from the list unless "Show archived" is on; Restore brings it back.
  await main.getByRole('button', { name: 'Archive' }).click();
  await expect(main.getByText('This production is archived')).toBeVisible();
  await expect(nav.getByText('No current productions.')).toBeVisible();
  await nav.getByText('Show archived').click();
  await expect(list.getByRole('option', { name: /Night Shift: Series One/ })).toContainText('Archived');
  await main.getByRole('button', { name: 'Restore' }).click();
  await expect(list.getByRole('option', { name: /Night Shift: Series One/ })).not.toContainText('Archived');

  // A second production, then the arrow keys walk the sidebar list and the page follows.
  await nav.getByRole('button', { name: /^New production/ }).click();
  const second = page.getByRole('dialog', { name: 'New production' });
  await second.getByLabel('Title').fill('Afterglow');
  await choose(page, 'Production type', 'Feature film');
  await choose(page, 'Union status', 'Equity UK');
  await second.getByRole('button', { name: 'Create production' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afterglow' })).toBeVisible();
  await list.getByRole('option', { name: /Afterglow/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift: Series One' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('heading', { level: 1, name: 'Afterglow' })).toBeVisible();

  // The core locking on its own (idle, OS lock, another door) reaches the page as an event.
  const locked = await page.request.post(`${shell.origin}/api/invoke`, {
    headers: { 'x-closed-set-token': shell.token, 'content-type': 'application/json' },
    data: { name: 'vault.lock', input: {} },
  });
  expect(await locked.json()).toMatchObject({ ok: true });
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(page.getByText('Afterglow')).toHaveCount(0);
  await expect(page).toHaveTitle('Closed Set');

  expect(problems).toEqual([]);
});

test('settings: back up now, list backups, change the passphrase', async ({ page, shell }) => {
  const problems = watchConsole(page);
  await page.goto(shell.url);
  await createVault(page, shell);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const next = 'copper meadow tidal orchestra';
  await page.getByLabel('Current passphrase').fill('not it at all, sorry');
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Confirm new passphrase').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByLabel('Current passphrase')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed')).toBeVisible();

  await page.keyboard.press(`${mod}+l`);
  await unlock(page, PASSPHRASE);
  await expect(page.getByText(/wrong passphrase/i)).toBeVisible();
  await unlock(page, next);
  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeVisible();

  // A passphrase change leaves a fresh backup under the new passphrase; Back up now adds another.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup written')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);

  expect(problems).toEqual([]);
});

test('a damaged vault is said so, and restored from a backup', async ({ page, shell }) => {
  await page.goto(shell.url);
  await createVault(page, shell);
  await createNightShift(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup written')).toBeVisible();
  await page.keyboard.press(`${mod}+l`);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();

  // Scribble over the first page (after the salt), as a bad sector or a half-copied file would.
  const file = vaultPath(shell);
  const size = readFileSync(file).length;
  expect(size).toBeGreaterThan(4096);
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(256, 0xa5), 0, 256, 200);
  closeSync(fd);

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'This vault is damaged' })).toBeVisible();
  await expect(page.getByText(/reset/i)).toHaveCount(0);
  const backups = page.getByRole('list', { name: 'Backups of this vault' });
  // The one taken by hand, newest first (the automatic one waits for the session to be idle).
  await expect(backups.getByRole('listitem').first()).toBeVisible();
  await backups.getByRole('button', { name: 'Restore this backup' }).first().click();

  await expect(page.getByRole('navigation', { name: 'Binder' })).toBeVisible();
  await page.getByRole('option', { name: /Night Shift/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift' })).toBeVisible();
});

test('accessibility in both themes, and the README screenshots', async ({ page, shell }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.goto(shell.url);

  // Vault screen, following the system theme.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('tab', { name: 'Create a vault' })).toBeVisible();
  await expectAccessible(page, 'the vault screen (create, light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'the vault screen (create, dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await createVault(page, shell);
  await createNightShift(page);
  await page.keyboard.press(`${mod}+l`);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expectAccessible(page, 'the vault screen (open, light)');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'vault.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'the vault screen (open, dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await unlock(page, PASSPHRASE);
  await page.getByRole('option', { name: /Night Shift/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Night Shift' })).toBeVisible();

  await pickTheme(page, 'Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectAccessible(page, 'the production page (light)');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'production.png') });

  await pickTheme(page, 'Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'the production page (dark)');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'production-dark.png') });

  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The edit dialog and settings, in dark.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'the edit dialog (dark)');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expectAccessible(page, 'settings (dark)');
  await pickTheme(page, 'Light');
  await expectAccessible(page, 'settings (light)');
});
