#!/usr/bin/env node
// Entry of the `kbatlas` bin. The CLI is TypeScript run natively by Node >= 22.18 (type stripping).
// On an older system Node, re-run with the Node 24 pinned in devDependencies so `kbatlas` just works.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 18)) {
  await import('../src/cli/main.ts');
} else {
  const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(pinned)) {
    console.error(`kbatlas needs Node >= 22.18 (this is ${process.versions.node}); run \`npm install\` to get the pinned Node 24.`);
    process.exit(2);
  }
  // The child ends with this launcher: the signals a user sends here are passed on, and it ends
  // itself when this process ends in any other way, SIGKILL included (exit-with-parent.ts).
  // The guard is told this process's id: read by the child itself, its parent could already be gone.
  const guard = new URL(`../src/lib/exit-with-parent.ts?parent=${process.pid}`, import.meta.url).href;
  const child = spawn(pinned, ['--import', guard, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    // Ended by a signal: end by the same one, so the caller sees what happened.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}
