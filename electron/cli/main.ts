import { read } from 'read';
import { runCli } from './program';

const status = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  },
  prompt: process.stdin.isTTY
    ? (question) => read({ prompt: question, silent: true, replace: '' }).then(String)
    : undefined,
});
process.exitCode = status;
