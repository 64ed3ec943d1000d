import { useEffect } from 'react';
import { Link, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { todayIn } from '../../../../shared/kit/time';
import { useCommand } from '../../lib/commands';
import { ACTIVE_TAB_KEYS, type GarmentsTab } from './tabs';
import './garments.css';
import { useLocation } from 'wouter';
import { PageQueryState } from '../../ui/query-state';
import { NeedsTab } from './NeedsTab';
import { PerformersTab } from './PerformersTab';
import { PullListTab } from './PullListTab';
import { ReorderTab } from './ReorderTab';
import { StockTab } from './StockTab';

const LABELS: Record<GarmentsTab, string> = {
  pull: 'Pull list',
  stock: 'Stock',
  needs: 'Needs',
  reorder: 'Shortfalls and reorder',
  performers: 'Sizes and allergies',
};

/** `#/productions/:id/garments/:tab`: the costume department's work for one production. */
export function GarmentsPage({ id, tab }: { id: string; tab: string | undefined }) {
  const production = useCommand('production.get', { id });
  const performers = useCommand('garment.performers', { productionId: id });
  const [, navigate] = useLocation();
  const selected: GarmentsTab = (ACTIVE_TAB_KEYS as readonly string[]).includes(tab ?? '')
    ? (tab as GarmentsTab)
    : 'pull';
  useEffect(() => {
    if (production.data) document.title = `${LABELS[selected]} · ${production.data.title} · Closed Set`;
  }, [production.data, selected]);

  if (!production.isSuccess) {
    return <PageQueryState query={production} loading="Loading…" unavailable="Garments not available" />;
  }
  const p = production.data;
  const today = todayIn(p.timeZone);
  const cast = performers.data ?? [];
  return (
    <article className="page page-wide" aria-labelledby="garments-title">
      <header className="page-header garments-header">
        <div className="page-heading">
          <p className="eyebrow">{p.title}</p>
          <h1 id="garments-title" className="page-title">
            Modesty garments
          </h1>
        </div>
        <div className="page-actions no-print">
          <Link href="/catalog" className="btn btn-secondary">
            Catalog
          </Link>
        </div>
      </header>
      <Tabs
        className="garments-tabs"
        selectedKey={selected}
        onSelectionChange={(key) => navigate(`/productions/${id}/garments/${String(key)}`, { replace: true })}
      >
        <TabList aria-label="Garments" className="tab-list">
          {ACTIVE_TAB_KEYS.map((k) => (
            <Tab key={k} id={k} className="tab">
              {LABELS[k]}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="pull" className="tab-panel">
          <PullListTab productionId={id} title={p.title} performers={cast} today={today} />
        </TabPanel>
        <TabPanel id="stock" className="tab-panel">
          <StockTab productionId={id} performers={cast} />
        </TabPanel>
        <TabPanel id="needs" className="tab-panel">
          <NeedsTab productionId={id} performers={cast} />
        </TabPanel>
        <TabPanel id="reorder" className="tab-panel">
          <ReorderTab productionId={id} today={today} />
        </TabPanel>
        <TabPanel id="performers" className="tab-panel">
          <PerformersTab productionId={id} performers={cast} />
        </TabPanel>
      </Tabs>
    </article>
  );
}
