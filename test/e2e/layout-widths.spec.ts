import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDemo, SCREENSHOTS } from './helpers';

/**
 * The main screens at the two laptop sizes people work at: nothing makes the main region scroll
 * sideways, the production header keeps its width, the Scenes table fits and the beat dialog's
 * contact selects show their whole value. A screenshot of each goes to test-results (or the
 * README's folder under `npm run screenshots`).
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;

/** How far a box scrolls sideways beyond its own width (0 when it fits). */
const sideways = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));

async function go(page: Page, hash: string, heading: RegExp | string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
}

for (const size of SIZES)
  test(`the main screens fit ${size.width}x${size.height} without sideways scrolling`, async ({ page, shell }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize(size);
    await openDemo(page, shell);
    await page.getByRole('option', { name: /The Lighthouse Keeper/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The Lighthouse Keeper' })).toBeVisible();
    const productionId = /#\/productions\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    expect(productionId).not.toBe('');
    await go(page, `/productions/${productionId}/scenes`, 'Scenes');
    const sceneHref =
      (await page
        .getByRole('table', { name: 'Scenes' })
        .getByRole('link', { name: 'Scene 101/22', exact: true })
        .getAttribute('href')) ?? '';
    await go(page, `/productions/${productionId}/dashboard`, /.+/);
    const dayHref =
      (await page.getByRole('list', { name: 'The next two weeks' }).getByRole('link').first().getAttribute('href')) ??
      '';

    const screens: { name: string; hash: string; heading: RegExp | string; tab?: string }[] = [
      { name: 'dashboard', hash: `/productions/${productionId}/dashboard`, heading: /.+/ },
      { name: 'production', hash: `/productions/${productionId}`, heading: 'The Lighthouse Keeper' },
      { name: 'scenes', hash: `/productions/${productionId}/scenes`, heading: 'Scenes' },
      ...['Breakdown and context', 'Communication', 'Consent', 'Choreography', 'Closure'].map((tab) => ({
        name: `scene-${tab.split(' ')[0]?.toLowerCase()}`,
        hash: sceneHref.replace(/^#/, ''),
        heading: 'Scene 101/22',
        tab,
      })),
      { name: 'riders', hash: `/productions/${productionId}/riders`, heading: /Riders/ },
      { name: 'catalog', hash: '/catalog', heading: /catalog/i },
      { name: 'stock', hash: `/productions/${productionId}/garments/stock`, heading: 'Modesty garments' },
      { name: 'onset', hash: dayHref.replace(/^#/, ''), heading: /.+/ },
      { name: 'audit', hash: `/productions/${productionId}/audit`, heading: /Audit/ },
      { name: 'settings', hash: '/settings', heading: /Settings/ },
    ];

    const problems: string[] = [];
    {
      for (const s of screens) {
        await go(page, s.hash, s.heading);
        if (s.tab) await page.getByRole('tab', { name: s.tab, exact: true }).click();
        await page.locator('#main').evaluate((main) => {
          main.scrollTop = 0;
        });
        const [main] = await sideways(page, '#main');
        if ((main ?? 0) > 1) problems.push(`${s.name} at ${size.width}: the main region scrolls ${main}px sideways`);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `layout-${size.width}-${s.name}.png`),
          animations: 'disabled',
        });
      }
      // The Scenes table fits without its own sideways scroll.
      await go(page, `/productions/${productionId}/scenes`, 'Scenes');
      const tables = await page
        .locator('.table-wrap')
        .evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
      if (tables.some((x) => x > 1)) problems.push(`the Scenes table scrolls sideways at ${size.width}`);
      // The production header's title column is not squeezed by its actions.
      await go(page, `/productions/${productionId}`, 'The Lighthouse Keeper');
      const heading = await page.locator('.page-header .page-heading').boundingBox();
      if ((heading?.width ?? 0) < 280)
        problems.push(`the production header is ${heading?.width}px wide at ${size.width}`);
      // The beat dialog's contact selects show their whole value.
      await go(page, sceneHref.replace(/^#/, ''), 'Scene 101/22');
      await page.getByRole('tab', { name: 'Choreography', exact: true }).click();
      await page.getByRole('button', { name: 'Add beat' }).click();
      const dialog = page.getByRole('dialog', { name: 'New beat' });
      await dialog.getByRole('button', { name: 'Add contact' }).click();
      await dialog.getByLabel('Where').selectOption({ label: 'Genitals and groin' });
      await dialog.getByLabel('With').selectOption({ label: 'Body (torso)' });
      const cut = await dialog.locator('.contact-row select').evaluateAll((els) =>
        els
          .filter((el) => {
            const select = el as typeof el & { selectedOptions: ArrayLike<{ text: string }> };
            const text = select.selectedOptions[0]?.text ?? '';
            const doc = el.ownerDocument;
            const probe = doc.createElement('span');
            probe.style.font = doc.defaultView?.getComputedStyle(el).font ?? '';
            probe.style.position = 'absolute';
            probe.textContent = text;
            doc.body.append(probe);
            const needed = probe.getBoundingClientRect().width + 28; // the arrow and padding
            probe.remove();
            return select.clientWidth < needed;
          })
          .map((el) => el.getAttribute('id')),
      );
      if (cut.length > 0) problems.push(`${cut.length} contact select(s) truncated at ${size.width}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `layout-${size.width}-beat-dialog.png`) });
      page.once('dialog', (d) => void d.accept());
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
    }
    expect(problems).toEqual([]);
  });
