import { describe, expect, it } from 'vitest';
import { commands } from '../../../shared/commands';
import { allowedInMode, SESSION_MODES } from '../../../shared/vault/views';

const names = Object.keys(commands).sort();
const specs: [string, { views?: unknown }][] = Object.entries(commands);

/**
 * The costume department's whole view, for review: a command added to it or taken out of it is a
 * visible diff here, beside the declaration in its domain's commands.ts.
 */
const COSTUME_VIEW = [
  'app.choosePath',
  'app.forgetRecent',
  'app.settings',
  'app.status',
  'garment.fittingDelete',
  'garment.fittingList',
  'garment.fittingSet',
  'garment.import',
  'garment.importPreview',
  'garment.needDelete',
  'garment.needList',
  'garment.needSet',
  'garment.performerUpdate',
  'garment.performers',
  'garment.scenes',
  'garment.suggest',
  'garment.typeCreate',
  'garment.typeDelete',
  'garment.typeList',
  'garment.typeUpdate',
  'garment.variantCreate',
  'garment.variantDelete',
  'garment.variantDuplicate',
  'garment.variantList',
  'garment.variantUpdate',
  'production.get',
  'production.list',
  'session.setMode',
  'session.status',
  'stock.exportCsv',
  'stock.ledger',
  'stock.list',
  'stock.outlook',
  'stock.pullList',
  'stock.record',
  'stock.reverse',
  'stock.series',
  'stock.shootDays',
  'vault.lock',
  'vault.unlock',
];

describe('who may call a command', () => {
  it('is declared on every command: the full binder always, the costume view only where stated', () => {
    const undeclared = specs.filter(([, spec]) => !Array.isArray(spec.views)).map(([name]) => name);
    expect(undeclared).toEqual([]);
    for (const [name, spec] of specs) {
      const views = JSON.stringify(spec.views);
      expect([`["full"]`, `["full","costume"]`], `${name} declares ${views}`).toContain(views);
    }
  });

  it('gives the costume view exactly the reviewed list of commands', () => {
    const costume = names.filter((name) => allowedInMode('costume', commands[name as keyof typeof commands]));
    console.log(`The costume view's commands (${costume.length} of ${names.length}):\n  ${costume.join('\n  ')}`);
    expect(costume).toEqual(COSTUME_VIEW);
  });

  it('lets the full binder call every command', () => {
    expect(SESSION_MODES).toEqual(['full', 'costume']);
    expect(names.filter((name) => !allowedInMode('full', commands[name as keyof typeof commands]))).toEqual([]);
  });

  it('keeps riders, consent, people, scenes and closure out of the costume view', () => {
    const domains = [...new Set(COSTUME_VIEW.map((name) => name.split('.')[0]))].sort();
    expect(domains).toEqual(['app', 'garment', 'production', 'session', 'stock', 'vault']);
  });
});
