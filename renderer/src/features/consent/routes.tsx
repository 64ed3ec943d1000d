import { Route } from 'wouter';
import { AuditPage } from '../audit/AuditPage';
import { RiderPage } from './RiderPage';
import { RidersPage } from './RidersPage';

/** The consent pages, as routes for the shell's <Switch> (wouter flattens arrays). */
export const consentRoutes = [
  <Route key="riders" path="/productions/:id/riders">
    {(params) => <RidersPage key={params.id} productionId={params.id} />}
  </Route>,
  <Route key="audit" path="/productions/:id/audit">
    {(params) => <AuditPage key={params.id} productionId={params.id} />}
  </Route>,
  <Route key="rider" path="/riders/:id">
    {(params) => <RiderPage key={params.id} id={params.id} />}
  </Route>,
];
