import { Link } from 'react-aria-components';
import { Route, useRoute } from 'wouter';
import { CastPage } from '../people/CastPage';
import { PeoplePage } from '../people/PeoplePage';
import { SceneListPage } from './SceneListPage';
import { ScenePage } from './ScenePage';

/** The binder's routes, placed in the shell's <Switch> (called as a function so Switch sees the Routes). */
export function BinderRoutes() {
  return [
    <Route key="people" path="/people">
      <PeoplePage />
    </Route>,
    <Route key="cast" path="/productions/:id/cast">
      {(p) => <CastPage key={p.id} productionId={p.id} />}
    </Route>,
    <Route key="scenes" path="/productions/:id/scenes">
      {(p) => <SceneListPage key={p.id} productionId={p.id} />}
    </Route>,
    <Route key="scene" path="/productions/:id/scenes/:sceneId">
      {(p) => <ScenePage key={p.sceneId} productionId={p.id} sceneId={p.sceneId} />}
    </Route>,
  ];
}

export function PeopleLink() {
  const [on] = useRoute('/people');
  return (
    <Link href="/people" className="sidebar-link" aria-current={on ? 'page' : undefined}>
      People
    </Link>
  );
}
