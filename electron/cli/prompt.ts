import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** The input ended (Ctrl-D, a closed pipe) before a line was typed. */
export class EndOfInput extends Error {
  constructor() {
    super('end of input');
  }
}

/**
 * Asks on the terminal without echoing what is typed. Resolves with the line; rejects with
 * EndOfInput when the input ends first, so the CLI can say so instead of hanging or dying silently.
 */
export function askHidden(
  question: string,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let muted = false;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        if (!muted) output.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input, output: sink, terminal: true });
    let settled = false;
    rl.on('line', (line) => {
      settled = true;
      rl.close();
      output.write('\n');
      resolve(line);
    });
    rl.on('close', () => {
      if (settled) return;
      settled = true;
      output.write('\n');
      reject(new EndOfInput());
    });
    rl.on('SIGINT', () => {
      settled = true;
      rl.close();
      output.write('\n');
      reject(new Error('cancelled'));
    });
    output.write(question);
    muted = true;
  });
}
