import { describe, expect, it } from 'vitest';
import { ensureSearchIndex, toMatchQuery } from '../../../electron/core/search/search';
import { productionInput, unlockedCore } from '../../helpers';

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const night = await core.run('production.create', productionInput('Night Shift'));
  const harbour = await core.run('production.create', productionInput('Harbour Lights'));
  const ana = await core.run('person.create', { name: 'Ana Ortiz', pronouns: 'she/her' });
  const member = await core.run('member.add', {
    productionId: night.id,
    personId: ana.id,
    role: 'performer',
    characterName: 'Maya',
  });
  const scene = await core.run('scene.create', {
    productionId: night.id,
    number: '12A',
    location: 'Lighthouse keeper’s cottage',
    storyContext: 'Maya and Tom reconcile after the storm.',
  });
  await core.run('scene.create', { productionId: harbour.id, number: '3', location: 'Harbour wall, night' });
  return { ...ctx, night, harbour, ana, member, scene };
}

const kinds = (hits: { kind: string; title: string }[]) => hits.map((h) => `${h.kind}:${h.title}`);

describe('search', () => {
  it('finds scenes by number, location and context, people by name and character, as you type', async () => {
    const { core, night } = await setup();
    expect(kinds(await core.run('search.query', { text: '12' }))).toEqual(['scene:Scene 12A']);
    expect(kinds(await core.run('search.query', { text: 'cott' }))).toEqual(['scene:Scene 12A']);
    const storm = await core.run('search.query', { text: 'recon storm' });
    expect(kinds(storm)).toEqual(['scene:Scene 12A']);
    expect(storm[0]?.snippet).toContain('reconcile');
    expect(storm[0]?.productionTitle).toBe('Night Shift');
    expect(kinds(await core.run('search.query', { text: 'may', productionId: night.id }))).toEqual([
      'member:Ana Ortiz',
      'scene:Scene 12A',
    ]);
    // Vault-wide, the person appears once as a person and once per production they are in.
    expect(kinds(await core.run('search.query', { text: 'orti' })).sort()).toEqual([
      'member:Ana Ortiz',
      'person:Ana Ortiz',
    ]);
  });

  it('scopes to one production', async () => {
    const { core, night, harbour } = await setup();
    // Night Shift's company is Harbour Lights Pictures: productions are found by company too.
    expect(kinds(await core.run('search.query', { text: 'harbour' })).sort()).toEqual([
      'production:Harbour Lights',
      'production:Night Shift',
      'scene:Scene 3',
    ]);
    expect(kinds(await core.run('search.query', { text: 'harbour', productionId: night.id }))).toEqual([]);
    expect(kinds(await core.run('search.query', { text: 'wall', productionId: harbour.id }))).toEqual([
      'scene:Scene 3',
    ]);
  });

  it('follows edits, renames, soft deletes and restores in the same transaction', async () => {
    const { core, night, ana, scene, member } = await setup();
    await core.run('person.update', { id: ana.id, patch: { name: 'Ana Ortiz-Lund' } });
    expect(kinds(await core.run('search.query', { text: 'lund', productionId: night.id }))).toEqual([
      'member:Ana Ortiz-Lund',
    ]);
    await core.run('scene.update', { id: scene.id, patch: { location: 'Boathouse' } });
    expect(await core.run('search.query', { text: 'cottage' })).toEqual([]);
    expect(kinds(await core.run('search.query', { text: 'boathouse' }))).toEqual(['scene:Scene 12A']);
    await core.run('scene.delete', { id: scene.id });
    expect(await core.run('search.query', { text: 'boathouse' })).toEqual([]);
    await core.run('scene.delete', { id: scene.id, deleted: false });
    expect(kinds(await core.run('search.query', { text: 'boathouse' }))).toEqual(['scene:Scene 12A']);
    await core.run('member.remove', { id: member.id });
    expect(kinds(await core.run('search.query', { text: 'lund' }))).toEqual(['person:Ana Ortiz-Lund']);
  });

  it('treats what is typed as words, never as query syntax', async () => {
    const { core } = await setup();
    expect(toMatchQuery('  ')).toBeNull();
    expect(toMatchQuery('12A "cottage" OR NEAR(')).toBe('"12A"* "cottage"* "OR"* "NEAR"*');
    for (const text of ['"', '*', 'AND', '(', 'a:b', '-', "'; DROP TABLE scene; --"]) {
      const res = await core.handle('search.query', { text });
      expect(res.ok).toBe(true);
    }
  });

  it('rebuilds the index when the registry changes, and keeps the index inside the vault', async () => {
    const { core, file, scene } = await setup();
    const db = core.db();
    expect(ensureSearchIndex(db)).toBe(false);
    const before = db.prepare('SELECT count(*) AS n FROM search_doc').get() as { n: number };
    // An index emptied behind its back (as by an old app version) is rebuilt from the records.
    db.prepare("DELETE FROM search_meta WHERE key = 'signature'").run();
    db.exec('DELETE FROM search_doc');
    expect(ensureSearchIndex(db)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM search_doc').get()).toEqual(before);
    expect(kinds(await core.run('search.query', { text: 'cottage' }))).toEqual(['scene:Scene 12A']);
    // Triggers survive a lock and unlock (they live in the encrypted file).
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: 'velvet-curtain-harbour-71' });
    await core.run('scene.update', { id: scene.id, patch: { location: 'Net loft' } });
    expect(kinds(await core.run('search.query', { text: 'loft' }))).toEqual(['scene:Scene 12A']);
  });
});

describe('search: binder notes', () => {
  it('finds follow-ups, closure notes and meeting notes, opening within their scene', async () => {
    const { core, night, ana, scene } = await setup();
    await core.run('scene.setPerformers', { sceneId: scene.id, performers: [{ personId: ana.id }] });
    await core.run('followUp.add', {
      sceneId: scene.id,
      personId: ana.id,
      description: 'Call Ana about the storm scene',
      dueDate: '2026-12-05',
    });
    await core.run('closure.save', {
      sceneId: scene.id,
      personId: ana.id,
      debrief: 'Felt supported; wants a longer cool-down',
    });
    const followUp = await core.run('search.query', { text: 'call ana', productionId: night.id });
    expect(followUp.map((h) => [h.kind, h.parentId])).toContainEqual(['follow-up', scene.id]);
    const closure = await core.run('search.query', { text: 'cool-down' });
    expect(closure.map((h) => [h.kind, h.title])).toEqual([['closure', 'Closure: Ana Ortiz, scene 12A']]);
    // Renaming the scene reaches the notes that name it.
    await core.run('scene.update', { id: scene.id, patch: { number: '12B' } });
    expect((await core.run('search.query', { text: 'cool-down' }))[0]?.title).toBe('Closure: Ana Ortiz, scene 12B');
  });
});
