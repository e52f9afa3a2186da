/**
 * Astro integration: marks the output of an ordinary build (`npm run build`) as a KB Atlas build's,
 * so `kbatlas build` may later replace it (output/marker.ts): Astro emptied the folder before
 * building, so every file in it at build end is the build's. Listed last in the config, after the
 * search index is written. Not in the archive build's render parts, whose files the archive build
 * gathers and marks itself.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MARKER_NAME, writeMarker } from '../lib/archive-build/output/marker.ts';
import { buildConfig } from '../lib/build-config.ts';
import { filesUnder } from '../lib/digest.ts';

/** The integration. */
export default function outputMarkerIntegration(): AstroIntegration {
  return {
    name: 'kb-atlas:output-marker',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (buildConfig().archive) return;
        const out = fileURLToPath(dir);
        writeMarker(out, { files: filesUnder(out).filter((file) => file !== MARKER_NAME), folders: [] });
      },
    },
  };
}
