import { ListBox, ListBoxItem, type Selection } from 'react-aria-components';
import { useLocation, useRoute } from 'wouter';
import { PRODUCTION_STATUS_LABELS } from '../../../../shared/productions/schema';
import { useCommand } from '../../lib/commands';

/** The productions in the sidebar: arrow keys move through them, and the page follows. */
export function ProductionList({ includeArchived }: { includeArchived: boolean }) {
  const list = useCommand('production.list', { includeArchived });
  const [, params] = useRoute('/productions/:id/*?');
  const [location, navigate] = useLocation();
  const current = params?.id;
  // Selected only on the production's own page: from one of its inner pages (a scene, on-set mode)
  // a click on it is a change of selection, and so goes back to that page. It still looks current.
  const selected = current && location === `/productions/${current}` ? [current] : [];

  if (list.isPending) return <p className="sidebar-note">Loading…</p>;
  if (list.isError) return <p className="sidebar-note sidebar-error">{list.error.message}</p>;
  if (list.data.length === 0) {
    return <p className="sidebar-note">{includeArchived ? 'No productions yet.' : 'No current productions.'}</p>;
  }

  const onSelectionChange = (selection: Selection) => {
    if (selection === 'all') return;
    const [id] = selection;
    if (typeof id === 'string') navigate(`/productions/${id}`);
  };

  return (
    <ListBox
      aria-label="Productions"
      className="production-list"
      items={list.data}
      // The items' look depends on the route, not only on the data: re-render them when it changes.
      dependencies={[current]}
      selectionMode="single"
      selectionBehavior="replace"
      selectedKeys={selected}
      onSelectionChange={onSelectionChange}
    >
      {(production) => (
        <ListBoxItem
          id={production.id}
          textValue={production.title}
          className={production.id === current ? 'production-item is-current' : 'production-item'}
        >
          <span className="production-item-title">{production.title}</span>
          <span className="production-item-meta">
            {production.archivedAt ? 'Archived' : PRODUCTION_STATUS_LABELS[production.status]}
          </span>
        </ListBoxItem>
      )}
    </ListBox>
  );
}
