import { runCli } from './program';
import { askHidden } from './prompt';

const status = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  },
  prompt: process.stdin.isTTY ? (question) => askHidden(question) : undefined,
});
process.exitCode = status;
