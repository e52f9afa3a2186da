/** Builds the Astro site in a child process into a folder of its own, as `npm run build` would. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './cli.ts';

/** Options of a site build. */
export interface SiteBuildOptions {
  /** Folder of `.mdx` pages (KB_CONTENT_DIR). */
  contentDir: string;
  /** Output folder (KB_OUT_DIR); its cache goes beside it. */
  outDir: string;
  /** Base path. Default: `/`. */
  base?: string;
  /** More environment variables for the build (`KB_SKIP_INDEX`). Default: none. */
  env?: Record<string, string>;
}

/** Runs `astro build` with the current Node; rejects with its output when it fails. */
export function buildSite({ contentDir, outDir, base = '/', env = {} }: SiteBuildOptions): Promise<{ output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: repoRoot,
      env: { ...process.env, ...env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, KB_BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ output }) : reject(new Error(`astro build exited with ${code}:\n${output.slice(-4000)}`))));
  });
}
