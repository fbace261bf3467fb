import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Runs one of the project's TypeScript entry points the way npm scripts do, through tsx. */
export function runScript(script: string, args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
  });
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function finished(child: ChildProcessWithoutNullStreams): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves once the process has written `text` to its standard output. */
export function outputContaining(child: ChildProcessWithoutNullStreams, text: string): Promise<void> {
  return new Promise((resolve) => {
    let buffered = '';
    const listener = (chunk: Buffer) => {
      buffered += chunk;
      if (!buffered.includes(text)) return;
      child.stdout.off('data', listener);
      resolve();
    };
    child.stdout.on('data', listener);
  });
}

/** Resolves with the port once the server logs that it listens. */
export function listeningPort(child: ChildProcessWithoutNullStreams): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk;
      const match = /"port":(\d+),[^\n]*"msg":"storefront is listening"/.exec(buffered);
      if (match) resolve(Number(match[1]));
    });
    child.on('close', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}
