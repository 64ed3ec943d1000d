import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Core, defaultHome } from '../core/core';
import { startWebServer } from './server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const staticDir = path.join(root, 'dist', 'renderer');

if (!args.includes('--no-build') && !existsSync(path.join(staticDir, 'index.html'))) {
  execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
}

const core = new Core({
  home: defaultHome(),
  door: 'web',
  autoBackup: true,
  backgroundChecks: true,
  log: (m) => process.stderr.write(`${m}\n`),
});
const server = await startWebServer({ core, staticDir, port });
process.stdout.write(
  `Closed Set is running at ${server.url}\nOpen that link in a browser on this machine. Press Ctrl+C to stop.\n`,
);

function shutdown(): void {
  core.dispose();
  server.close().then(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
