import type { BodyArea, BodyView } from './schema';

/**
 * Drawing of each body map area, shared by the app's body map and the PDF binder on a 200 x 410
 * silhouette; pairs (left and right) are one area.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r?: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number };

const pair = (x: number, y: number, w: number, h: number, r = 6): Shape[] => [
  { kind: 'rect', x, y, w, h, r },
  { kind: 'rect', x: 200 - x - w, y, w, h, r },
];
const pairEllipse = (cx: number, cy: number, rx: number, ry: number): Shape[] => [
  { kind: 'ellipse', cx, cy, rx, ry },
  { kind: 'ellipse', cx: 200 - cx, cy, rx, ry },
];

export const AREA_SHAPES: Record<BodyArea, Shape[]> = {
  head: [{ kind: 'ellipse', cx: 100, cy: 20, rx: 20, ry: 12 }],
  face: [{ kind: 'ellipse', cx: 100, cy: 42, rx: 17, ry: 16 }],
  'neck-front': [{ kind: 'rect', x: 91, y: 58, w: 18, h: 14, r: 3 }],
  shoulders: pair(58, 72, 26, 16, 8),
  chest: [{ kind: 'rect', x: 84, y: 72, w: 32, h: 16, r: 3 }],
  breasts: [{ kind: 'rect', x: 70, y: 88, w: 60, h: 26, r: 10 }],
  abdomen: [{ kind: 'rect', x: 72, y: 114, w: 56, h: 40, r: 6 }],
  hips: pair(66, 154, 14, 30, 5),
  groin: [{ kind: 'rect', x: 80, y: 154, w: 40, h: 30, r: 6 }],
  'upper-arms': pair(42, 90, 20, 58, 8),
  forearms: pair(36, 150, 20, 58, 8),
  hands: pairEllipse(45, 223, 11, 14),
  'thighs-outer': pair(66, 184, 16, 80, 5),
  'thighs-inner': pair(82, 184, 16, 80, 5),
  knees: pairEllipse(82, 277, 15, 12),
  shins: pair(70, 290, 24, 84, 8),
  feet: pairEllipse(82, 388, 15, 9),
  'head-back': [{ kind: 'ellipse', cx: 100, cy: 32, rx: 21, ry: 26 }],
  'neck-back': [{ kind: 'rect', x: 91, y: 58, w: 18, h: 14, r: 3 }],
  'back-upper': [{ kind: 'rect', x: 60, y: 72, w: 80, h: 52, r: 10 }],
  'back-lower': [{ kind: 'rect', x: 70, y: 124, w: 60, h: 30, r: 6 }],
  buttocks: [{ kind: 'rect', x: 66, y: 154, w: 68, h: 36, r: 12 }],
  'arms-back': [...pair(42, 90, 20, 58, 8), ...pair(36, 150, 20, 58, 8)],
  'thighs-back': pair(68, 190, 30, 74, 6),
  'knees-back': pairEllipse(83, 277, 15, 12),
  calves: pair(70, 290, 24, 84, 8),
};

/** Shapes drawn for context only (not areas of that view). */
export const DECORATION: Record<BodyView, Shape[]> = {
  front: [],
  back: [...pairEllipse(45, 223, 11, 14), ...pairEllipse(82, 388, 15, 9)],
};
