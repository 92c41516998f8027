import type { ChildProcess } from 'node:child_process';

/** A child process's exit status and everything it printed, stdout and stderr in the order they came. */
export function finished(child: ChildProcess): Promise<{ status: number | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  // 'close', not 'exit': the output is complete only once the streams have ended.
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}
