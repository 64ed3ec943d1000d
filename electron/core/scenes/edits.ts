import type { Scene } from '../../../shared/scenes/schema';
import { audited, describeChanges, type EditSpec } from '../audit/edits';
import { appendAudit } from '../audit/trail';
import type { HandlersFor } from '../kit/handler';
import { importBreakdown } from './breakdown';
import { createScene, getScene, setScenePerformers, updateScene } from './scenes';

/** A scene's fields the trail names: date, call, nudity per performer and the closed set feed readiness and notice. */
const SCENE: EditSpec<Scene> = {
  entity: 'scene',
  productionId: (s) => s.productionId,
  entityId: (s) => s.id,
  fields: {
    number: 'Scene',
    shootDate: 'Shoot date',
    callTime: 'Call',
    intimacyTypes: 'Intimacy',
    riskLevel: 'Risk',
    closedSet: 'Closed set',
    monitorsRestrictedTo: 'Monitors restricted to',
    icPresent: 'Intimacy coordinator present',
    bodyDoubles: 'Body doubles',
    cast: 'Cast',
  },
  view: (s) => ({
    ...s,
    // One line per performer, so a change of nudity or simulated sex reads as such.
    cast: s.performers.map((p) => `${p.name} (nudity ${p.nudity}${p.simulatedSex ? ', simulated sex' : ''})`),
  }),
};

/** These commands change records that feed readiness or consent: each runs with its audit entry, in words, in one transaction. */
export const sceneEdits = {
  'scene.create': (input, { core }) =>
    audited(
      core.db(),
      SCENE,
      'create',
      () => null,
      () => createScene(core.db(), input),
    ),
  'scene.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      SCENE,
      'update',
      () => getScene(core.db(), id),
      () => updateScene(core.db(), id, patch),
    ),
  'scene.setPerformers': ({ sceneId, performers }, { core }) =>
    audited(
      core.db(),
      SCENE,
      'update',
      () => getScene(core.db(), sceneId),
      () => setScenePerformers(core.db(), sceneId, performers),
    ),
  'breakdown.import': (input, { core }) => {
    const db = core.db();
    return db.transaction(() => {
      const out = importBreakdown(db, input);
      for (const id of out.sceneIds) {
        const scene = getScene(db, id);
        const { newValue, changes } = describeChanges(SCENE.fields, null, SCENE.view?.(scene) ?? scene);
        appendAudit(db, {
          productionId: scene.productionId,
          entity: 'scene',
          entityId: id,
          action: 'create',
          newValue: { ...newValue, changes },
        });
      }
      return out;
    })();
  },
} satisfies Pick<
  HandlersFor<'scene.'> & HandlersFor<'breakdown.'>,
  'scene.create' | 'scene.update' | 'scene.setPerformers' | 'breakdown.import'
>;
