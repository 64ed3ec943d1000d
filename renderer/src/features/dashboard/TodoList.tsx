import { Link } from 'react-aria-components';
import type { Todo } from '../../../../shared/dashboard/schema';
import { todoHref } from '../../lib/links';

const DUE_LABELS: Record<Todo['due'], string> = {
  overdue: 'Overdue',
  today: 'Today',
  soon: 'Soon',
  later: 'Later',
};

const SOURCE_LABELS: Record<Todo['source'], string> = {
  scenes: 'Breakdown',
  onset: 'On set',
  consent: 'Consent',
  garments: 'Garments',
  closure: 'Closure',
};

/** To-dos, each a link to where it is fixed, with its urgency and the call it must be done before. */
export function TodoList({ todos, productionId, empty }: { todos: Todo[]; productionId: string; empty: string }) {
  if (todos.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="todo-list">
      {todos.map((t) => (
        <li key={t.id} className="todo" data-due={t.due}>
          <Link href={todoHref(productionId, t.link)} className="todo-link">
            <span className="todo-main">
              <span className="todo-title">{t.title}</span>
              {t.detail ? <span className="todo-detail">{t.detail}</span> : null}
            </span>
            <span className="todo-meta">
              <span className="badge todo-due" data-due={t.due}>
                {DUE_LABELS[t.due]}
              </span>
              <span className="todo-source">{SOURCE_LABELS[t.source]}</span>
              {t.when ? <span className="todo-call">{t.when}</span> : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
