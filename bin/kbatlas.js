#!/usr/bin/env node
// Entry of the `kbatlas` bin. The CLI is TypeScript run natively by Node >= 22.18 (type stripping).
// On an older system Node, re-run with the Node 24 pinned in devDependencies so `kbatlas` just works.
import { spawnSync } from 'node:child_process';
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
  const result = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
