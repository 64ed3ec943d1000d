// Renders pages of a fictional demo binder to docs/screenshots/binder-*.png for the README
// (`npm run screenshots:binder`; needs pdftoppm from poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Core } from '../electron/core/core';
import { seedDemo } from '../electron/core/productions/demo';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'docs', 'screenshots');
const work = mkdtempSync(path.join(tmpdir(), 'closed-set-binder-'));
const core = new Core({ home: path.join(work, 'home'), door: 'cli', rememberRecent: false });

try {
  await core.run('vault.create', { path: path.join(work, 'demo.closedset'), passphrase: 'velvet-curtain-harbour-71' });
  const { productionId } = await seedDemo(core);
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out).filter((f) => /^binder-.*\.png$/.test(f))) rmSync(path.join(out, old));
  // Each shot is the first page that shows its text, so the pictures follow the binder's layout.
  const shots: [cut: string, recipient: string, [name: string, text: string][]][] = [
    [
      'full',
      'Avery Lindqvist (incoming IC)',
      [
        ['cover', 'PREPARED FOR'],
        ['contents', 'Contents'],
        ['communication', 'BREAK SIGNAL'],
        ['choreography', 'NEVER:'],
        ['closure-log', 'Closure log'],
      ],
    ],
    ['costume', 'Dana Whitlock, costume supervisor', [['pull-lists', 'Garment pull lists by shoot day']]],
    ['production', 'Sam Ortiz, 1st AD', [['readiness', 'Scene readiness']]],
  ];
  for (const [cut, recipient, wanted] of shots) {
    const pdf = path.join(work, `${cut}.pdf`);
    const { pages } = await core.run('handoff.export', {
      productionId,
      format: 'pdf',
      cut,
      recipient,
      path: pdf,
    } as never);
    const texts = Array.from({ length: pages ?? 0 }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
    );
    for (const [name, text] of wanted) {
      // Past the contents page, which names every section.
      const index = texts.findIndex((t, i) => t.includes(text) && (name === 'contents' || name === 'cover' || i > 1));
      if (index < 0) throw new Error(`no page of the ${cut} binder shows "${text}"`);
      const prefix = path.join(work, `${cut}-${name}`);
      const page = String(index + 1);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', page, '-l', page, pdf, prefix]);
      renameSync(`${prefix}.png`, path.join(out, `binder-${cut}-${name}.png`));
    }
  }
  console.log(`wrote binder pages to ${path.relative(root, out)}`);
} finally {
  core.dispose();
  rmSync(work, { recursive: true, force: true });
}
