import { describe, expect, it } from 'vitest';
import { dialogFor, externalLinkPrompt, OPEN_EXTERNAL_BUTTON } from '../../../electron/main/dialogs';
import { newCore } from '../../helpers';

describe('file dialogs', () => {
  it('offers a save dialog filtered to vaults when creating one, an open dialog when opening', () => {
    const create = dialogFor('create-vault', '/home/ic/binder.closedset');
    expect(create.kind).toBe('save');
    expect(create.options.defaultPath).toBe('/home/ic/binder.closedset');
    expect(create.options.filters).toEqual([{ name: 'Closed Set vault', extensions: ['closedset'] }]);
    const open = dialogFor('open-vault', undefined);
    expect(open.kind).toBe('open');
    expect(open.kind === 'open' && open.options.properties).toEqual(['openFile']);
  });

  it('is the desktop app only: other doors are told to type the path', async () => {
    const res = await newCore().handle('app.choosePath', { purpose: 'open-vault' });
    expect(res).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('passes the chosen path through from the platform', async () => {
    const { Core } = await import('../../../electron/core/core');
    const { tempDir } = await import('../../helpers');
    const core = new Core({
      home: tempDir(),
      door: 'test',
      platform: { choosePath: async (purpose, suggested) => `${suggested ?? '/x'}#${purpose}` },
    });
    expect(await core.run('app.choosePath', { purpose: 'save-file', suggested: '/tmp/a.pdf' })).toEqual({
      path: '/tmp/a.pdf#save-file',
    });
  });

  it('asks before a link leaves the app, with Cancel as the default', () => {
    const prompt = externalLinkPrompt('https://www.sagaftra.org/');
    expect(prompt.detail).toBe('https://www.sagaftra.org/');
    expect(prompt.buttons?.[OPEN_EXTERNAL_BUTTON]).toBe('Open');
    expect(prompt.defaultId).toBe(prompt.cancelId);
    expect(prompt.defaultId).not.toBe(OPEN_EXTERNAL_BUTTON);
  });
});
