// Writes docs/export-schema.json from the zod schemas (`npm run export-schema`).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJsonSchema } from '../electron/core/handoff/json-schema';
import { writeFileAtomic } from '../electron/core/kit/fs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
mkdirSync(path.join(root, 'docs'), { recursive: true });
const target = path.join(root, 'docs', 'export-schema.json');
writeFileAtomic(target, exportJsonSchema());
console.log(`wrote ${path.relative(root, target)}`);
