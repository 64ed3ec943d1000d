import type { Doc } from './layout';
import type { BinderModel } from './model';

/**
 * The binder's sections. Each says whether it applies to a model (by the data the cut carried,
 * never by the cut's name) and draws itself. A domain adds its section to this list (consent
 * status from riders, garment pull lists, closure log) in its own file.
 */
export interface Section {
  id: string;
  title: string;
  /** Starts on a page of its own (the scenes and the appendices); the others follow on. */
  newPage?: boolean;
  applies: (m: BinderModel) => boolean;
  /** Table-of-contents entries below the section's own (scenes list themselves). */
  children?: (m: BinderModel) => { id: string; title: string }[];
  render: (doc: Doc, m: BinderModel, tick: () => Promise<void>) => void | Promise<void>;
}
