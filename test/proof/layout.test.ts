import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The layout's rules, checked on the source itself: no import cycles, domain folders named once
 * in every layer, nothing but dispatch at the core's root, one home for each shared rule. Biome
 * checks file names and forbidden imports; this checks what a linter cannot see file by file.
 */

const root = path.resolve(import.meta.dirname, '../..');
const DOMAINS = [
  'vault',
  'productions',
  'people',
  'scenes',
  'communication',
  'choreography',
  'closure',
  'consent',
  'readiness',
  'onset',
  'garments',
  'dashboard',
  'search',
  'audit',
  'trash',
  'handoff',
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Every relative import of a file (type-only ones too: a cycle of types is still a cycle to read). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const out: string[] = [];
  for (const ref of info.importedFiles) {
    if (!ref.fileName.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), ref.fileName);
    const hit = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((e) => base + e).find((p) => isFile(p));
    if (hit && /\.(ts|tsx)$/.test(hit)) out.push(hit);
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Tarjan's strongly connected components: every component of more than one file is a cycle. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(path.relative(root, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const f of graph.keys()) if (!index.has(f)) visit(f);
  return found;
}

const folders = (dir: string) =>
  readdirSync(path.join(root, dir)).filter((n) => statSync(path.join(root, dir, n)).isDirectory());

describe('the layout', () => {
  it('has no import cycle between files', () => {
    const files = ['electron', 'shared', 'renderer/src'].flatMap((d) => sourceFiles(path.join(root, d)));
    expect(cycles(files)).toEqual([]);
  });

  it('names each domain once, the same in every layer', () => {
    const allowed = new Set([...DOMAINS, 'kit']);
    expect(folders('shared').filter((d) => !allowed.has(d))).toEqual([]);
    expect(folders('electron/core').filter((d) => !allowed.has(d))).toEqual([]);
    expect(folders('renderer/src/features').filter((d) => !DOMAINS.includes(d))).toEqual([]);
    expect(folders('test/core').filter((d) => !allowed.has(d))).toEqual([]);
    expect(folders('test/shared').filter((d) => !allowed.has(d))).toEqual([]);
  });

  it("keeps only dispatch at the core's root", () => {
    const loose = readdirSync(path.join(root, 'electron/core')).filter((n) => n.endsWith('.ts'));
    expect(loose.sort()).toEqual(['core.ts', 'handlers.ts']);
  });

  it('gives each shared rule one home', () => {
    const files = ['electron', 'shared', 'renderer/src'].flatMap((d) => sourceFiles(path.join(root, d)));
    const defining = (pattern: RegExp) =>
      files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(defining(/function todayIn\b/)).toEqual(['shared/kit/time.ts']);
    expect(defining(/function needsRider\b/)).toEqual(['shared/scenes/restricted.ts']);
    // The restricted intimacy types are listed once; everything else asks restricted.ts.
    expect(defining(/\[\s*'simulated-sex',\s*'nudity-full'/)).toEqual(['shared/scenes/restricted.ts']);
  });
});
