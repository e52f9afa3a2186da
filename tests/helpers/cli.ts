/** Runs the real `kbatlas` CLI in a child process, as a user would. */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command ...args` and resolves with what it printed when it exits. With `timeoutMs`, a run
 * still going then is killed and rejected, so a hang fails the test instead of blocking the suite.
 */
export function runCommand(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} still running after ${options.timeoutMs} ms (killed); stderr so far:\n${stderr}`));
    }, options.timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `kbatlas ...args` with the current Node, as a user would (see `runCommand` for the options). */
export function kbatlas(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  return runCommand(process.execPath, [join(repoRoot, 'bin/kbatlas.js'), ...args], options);
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'kbatlas-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A small valid article in the archive's Jekyll form, for tests that need many or varied ones. */
export function jekyllArticle(number: number, options: { title?: string; body?: string; keywords?: string } = {}): string {
  const id = `Q${number}`;
  const title = options.title ?? `Fixture: Article ${number}`;
  const body = options.body ?? `The body of article ${number}.`;
  const bucket = String(Math.floor(number / 1000)).padStart(3, '0');
  const lines = [
    `Article: ${id}`,
    'Product(s): Fixture Product',
    'Version(s): 1.0',
    'Operating System(s): ',
    `Keyword(s): ${options.keywords ?? 'kbfixture'}`,
    'Last Modified: 03-MAR-2003',
    '',
    'SUMMARY',
    '=======',
    '',
    ...body.split('\n'),
    '',
  ];
  return [
    '---',
    'layout: page',
    `title: "${id}: ${title}"`,
    `permalink: /kb/${bucket}/${id}/`,
    '---',
    '',
    `## ${id}: ${title}`,
    '',
    '{% raw %}',
    '',
    ...lines.map((line) => `\t${line}`),
    '{% endraw %}',
    '',
  ].join('\n');
}
