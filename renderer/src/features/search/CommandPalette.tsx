import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  Autocomplete,
  Dialog,
  Header,
  Input,
  Menu,
  MenuItem,
  MenuSection,
  Modal,
  ModalOverlay,
  SearchField,
  Switch,
  Text,
} from 'react-aria-components';
import { useLocation } from 'wouter';
import { todayIn } from '../../../../shared/kit/time';

import type { Production } from '../../../../shared/productions/schema';
import { useCommand } from '../../lib/commands';
import { HIT_KIND_LABELS, hitHref, paths } from '../../lib/links';
import { enterAction, enterTarget, type SearchState } from './palette-enter';

interface Entry {
  id: string;
  label: string;
  detail: string;
  href: string;
}

/** Places to go, filtered by what is typed: dashboards, on-set days, settings, recently deleted. */
function places(productions: Production[], current: Production | undefined): Entry[] {
  const out: Entry[] = [];
  if (current) {
    const today = todayIn(current.timeZone, new Date());
    out.push(
      { id: 'go:dash', label: `Dashboard: ${current.title}`, detail: 'Go to', href: paths.dashboard(current.id) },
      {
        id: 'go:onset',
        label: `On set today: ${current.title}`,
        detail: 'Go to',
        href: paths.onset(current.id, today),
      },
    );
  }
  for (const p of productions) {
    if (p.id === current?.id) continue;
    out.push({ id: `go:${p.id}`, label: `Dashboard: ${p.title}`, detail: 'Go to', href: paths.dashboard(p.id) });
  }
  out.push(
    { id: 'go:deleted', label: 'Recently deleted', detail: 'Go to', href: paths.deleted() },
    { id: 'go:settings', label: 'Settings', detail: 'Go to', href: paths.settings() },
  );
  return out;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Ctrl/Cmd+K: search the vault or this production and jump anywhere, from the keyboard. */
export function CommandPalette({
  isOpen,
  onOpenChange,
  productionId,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  productionId: string | null;
}) {
  const [text, setText] = useState('');
  const [onlyHere, setOnlyHere] = useState(true);
  const [, navigate] = useLocation();
  const productions = useCommand('production.list', { includeArchived: false }, { enabled: isOpen });
  const q = useDebounced(text.trim(), 60);
  const scope = productionId !== null && onlyHere ? productionId : null;
  const hits = useCommand(
    'search.query',
    { text: q, productionId: scope, limit: 20 },
    { enabled: isOpen && q.length > 0, placeholderData: keepPreviousData, staleTime: 0 },
  );
  // An Enter pressed before the results of what was typed arrived: it opens their top entry then.
  const [enterWaiting, setEnterWaiting] = useState(false);
  useEffect(() => {
    if (!isOpen) {
      setText('');
      setEnterWaiting(false);
    }
  }, [isOpen]);
  const search: SearchState = {
    input: text,
    query: q,
    hasData: hits.data !== undefined,
    isPrevious: hits.isPlaceholderData,
  };

  const current = productions.data?.find((p) => p.id === productionId);
  const needle = text.trim().toLowerCase();
  const go = places(productions.data ?? [], current).filter(
    (e) => needle === '' || e.label.toLowerCase().includes(needle),
  );
  const results: Entry[] =
    q.length === 0
      ? []
      : (hits.data ?? []).flatMap((h) => {
          const href = hitHref(h);
          if (!href) return [];
          const where = scope === null && h.productionTitle && h.kind !== 'production' ? ` · ${h.productionTitle}` : '';
          return [
            {
              id: `${h.kind}:${h.id}`,
              label: h.title,
              detail: `${HIT_KIND_LABELS[h.kind] ?? h.kind}${h.detail ? ` · ${h.detail}` : ''}${where}`,
              href,
            },
          ];
        });

  const open = (href: string) => {
    onOpenChange(false);
    navigate(href);
  };
  const waitedFor = enterWaiting ? enterTarget(search, results, go) : undefined;
  useEffect(() => {
    if (waitedFor === undefined) return;
    setEnterWaiting(false);
    if (waitedFor) open(waitedFor.href);
  });

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal modal-large palette">
        <Dialog className="palette-dialog" aria-label="Command palette">
          {/* The results on screen may still be the previous query's: Enter waits for this one's,
              caught here before the search field's own Enter opens whatever item is focused. */}
          <div
            className="palette-body"
            onKeyDownCapture={(e) => {
              if (!(e.target instanceof HTMLInputElement)) return;
              // Escape closes the palette at the first press (the search field would only clear itself).
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                onOpenChange(false);
                return;
              }
              if (e.key !== 'Enter') return;
              const focused = e.target.getAttribute('aria-activedescendant');
              const action = enterAction(search, !!focused && document.getElementById(focused) !== null);
              if (action === 'act') return;
              e.preventDefault();
              e.stopPropagation();
              if (action === 'wait') setEnterWaiting(true);
              else {
                const top = enterTarget(search, results, go);
                if (top) open(top.href);
              }
            }}
          >
            <Autocomplete
              inputValue={text}
              onInputChange={(v) => {
                setText(v);
                setEnterWaiting(false);
              }}
            >
              <SearchField className="palette-search" aria-label="Search or go to" autoFocus>
                <Input
                  className="input palette-input"
                  placeholder="Search scenes, people, productions… or go to a page"
                />
              </SearchField>
              {productionId !== null ? (
                <Switch className="switch palette-scope" isSelected={onlyHere} onChange={setOnlyHere}>
                  <span className="switch-track" aria-hidden="true">
                    <span className="switch-thumb" />
                  </span>
                  Only {current?.title ?? 'this production'}
                </Switch>
              ) : null}
              <Menu
                className="palette-results"
                aria-label="Results"
                onAction={(key) => {
                  const entry = [...results, ...go].find((e) => e.id === key);
                  if (entry) open(entry.href);
                }}
                renderEmptyState={() => (
                  <p className="listbox-empty">{hits.isFetching ? 'Searching…' : `Nothing matches “${text}”.`}</p>
                )}
              >
                {results.length > 0 ? (
                  <MenuSection className="palette-section">
                    <Header className="palette-header">Results</Header>
                    {results.map((e) => (
                      <MenuItem key={e.id} id={e.id} textValue={e.label} className="palette-item">
                        <Text slot="label" className="palette-label">
                          {e.label}
                        </Text>
                        <Text slot="description" className="palette-detail">
                          {e.detail}
                        </Text>
                      </MenuItem>
                    ))}
                  </MenuSection>
                ) : null}
                {go.length > 0 ? (
                  <MenuSection className="palette-section">
                    <Header className="palette-header">Go to</Header>
                    {go.map((e) => (
                      <MenuItem key={e.id} id={e.id} textValue={e.label} className="palette-item">
                        <Text slot="label" className="palette-label">
                          {e.label}
                        </Text>
                      </MenuItem>
                    ))}
                  </MenuSection>
                ) : null}
              </Menu>
            </Autocomplete>
          </div>
          <p className="palette-hint muted">↑ ↓ to move, Enter to open, Esc to close.</p>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
