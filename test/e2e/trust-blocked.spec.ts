import { execFileSync } from 'node:child_process';
import { expect, type Shell, test } from './fixtures';
import { DEMO_PASSPHRASE, demoVault } from './helpers';

/**
 * Trust on set: a scene whose performer withdrew consent says "Blocked - do not roll" on the
 * dashboard and in on-set mode, naming whose consent, and her check-in cannot read "confirmed".
 */

function call<T>(shell: Shell, file: string, name: string, input: unknown): T {
  const env = { ...process.env, CLOSED_SET_PASSPHRASE: DEMO_PASSPHRASE, CLOSED_SET_HOME: shell.home };
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'call', file, name, JSON.stringify(input)],
    { env, stdio: 'pipe' },
  );
  return (JSON.parse(out.toString()) as { value: T }).value;
}

test('a withdrawn rider blocks its scene on the dashboard and on set, and is never checked in as confirmed', async ({
  page,
  shell,
}) => {
  const file = demoVault(shell);
  // The demo's withdrawn rider covers scene 26, still unscheduled: put it on the second shoot day.
  const productions = call<{ id: string; title: string }[]>(shell, file, 'production.list', {});
  const productionId = productions.find((p) => /Lighthouse/.test(p.title))?.id ?? '';
  const scenes = call<{ id: string; number: string; shootDate: string | null }[]>(shell, file, 'scene.list', {
    productionId,
  });
  const date = scenes.find((s) => s.number === '22')?.shootDate ?? '';
  const scene26 = scenes.find((s) => s.number === '26')?.id ?? '';
  expect(date).toMatch(/^\d{4}-\d\d-\d\d$/);
  call(shell, file, 'scene.update', { id: scene26, patch: { shootDate: date, callTime: '16:00' } });

  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Open a vault' }).click();
  await page.getByLabel('Vault file').fill(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
  await page.getByRole('navigation', { name: 'Production sections' }).getByRole('link', { name: 'Dashboard' }).click();

  // The dashboard leads with what blocks a roll, naming whose consent and linking to the scene.
  const now = page.getByRole('region', { name: 'Now' });
  const banner = now.getByRole('alert', { name: 'Scene 102/26: Blocked - do not roll' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Maren Holt has withdrawn consent for this scene.');
  await expect(banner.getByRole('link', { name: 'Fix in scene 102/26' })).toBeVisible();

  // On set, the scene says so at the top; her check-in is not confirmable, "did not confirm" is.
  await page.goto(`${shell.origin}/#/productions/${productionId}/onset/${date}`);
  await page
    .getByRole('tablist', { name: 'Scenes in shooting order' })
    .getByRole('tab', { name: /Scene 102\/26/ })
    .click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('alert', { name: 'Scene 102/26: Blocked - do not roll' })).toBeVisible();
  await expect(panel.getByText(/Rider withdrawn - not confirmable/)).toBeVisible();
  await panel.getByRole('button', { name: /^Maren Holt/ }).click();
  await expect(panel.getByText("Maren Holt's rider is withdrawn: a check-in cannot confirm it")).toBeVisible();
  await panel.getByRole('button', { name: 'Record: did not confirm' }).click();
  await expect(panel.getByText('All done')).toHaveCount(0);
});
