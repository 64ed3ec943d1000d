import { seedConsentDemo } from '../consent/demo';
import { seedGarmentDemo } from '../garments/demo';
import type { CoreSession } from '../kit/handler';
import { seedShootDays } from '../onset/demo';
import { seedBinderDemo } from '../scenes/demo';

/**
 * A realistic, wholly fictional production for demos, screenshots and the benchmark's sanity
 * checks. Every command goes through the command table, so the demo obeys every rule a user does.
 */
export async function seedDemo(core: CoreSession): Promise<{ productionId: string; title: string }> {
  const production = await core.run('production.create', {
    title: 'The Lighthouse Keeper',
    type: 'series',
    company: 'Saltmarsh Pictures Ltd',
    unionStatus: 'sag-aftra',
    startDate: '2026-11-30',
    endDate: '2027-03-12',
    timeZone: 'America/Vancouver',
    status: 'shooting',
    noticeHours: 48,
  });
  await seedBinderDemo(core, production.id);
  await core.run('production.create', {
    title: 'Harbour Lights (second unit)',
    type: 'feature',
    company: 'Saltmarsh Pictures Ltd',
    unionStatus: 'equity-uk',
    startDate: '2027-01-11',
    endDate: '2027-02-05',
    timeZone: 'Europe/London',
    status: 'pre-production',
    noticeHours: 48,
  });
  await seedConsentDemo(core, production.id);
  await seedGarmentDemo(core, production.id);
  await seedShootDays(core, production.id);
  return { productionId: production.id, title: production.title };
}
