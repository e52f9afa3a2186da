/** Counts what an import did, so the closing summary always adds up to the inputs seen. */

/** Tallies of one import run. */
export class ImportSummary {
  /** Sources seen: every article file, unreadable input or skipped one (`seen = imported + failed + duplicates + skipped`). */
  seen = 0;
  /** Pages written (new or changed). */
  written = 0;
  /** Pages already up to date, left untouched. */
  unchanged = 0;
  /** Sources that gave no page. */
  failed = 0;
  /** Sources skipped because an earlier source had the same article id. */
  duplicates = 0;
  /** Inputs named like articles that are not regular files (links, FIFOs, devices), never read. */
  skipped = 0;
  /** Bytes of article sources (uncompressed), read or known unchanged by their stamp. */
  sourceBytes = 0;
  /** Unchanged sources not read at all: their file's stamp is the one the manifest recorded (file-stamp.ts). */
  unread = 0;
  /** Warning diagnostics over all imported articles. */
  warnings = 0;
  /** Warning counts by rule id. */
  readonly warningsByRule = new Map<string, number>();
  /** Ids of the articles that gave a page (written or unchanged). */
  readonly ids = new Set<string>();

  /** Articles that gave a page (written or unchanged). */
  get imported(): number {
    return this.written + this.unchanged;
  }

  /** Records the warnings of one imported article. */
  addWarnings(rules: string[]): void {
    this.warnings += rules.length;
    for (const rule of rules) this.warningsByRule.set(rule, (this.warningsByRule.get(rule) ?? 0) + 1);
  }

  /** The closing lines printed after an import. */
  format(seconds: number): string {
    const lines = [
      `${this.seen} sources: ${this.imported} imported (${this.written} written, ${this.unchanged} unchanged), ` +
        `${this.failed} failed, ${this.duplicates} duplicate ids skipped, ${this.skipped} not regular files skipped; ${this.warnings} warnings; ${seconds.toFixed(1)} s`,
    ];
    const rules = [...this.warningsByRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [rule, count] of rules) lines.push(`  ${String(count).padStart(7)}  ${rule}`);
    return lines.join('\n');
  }

  /** Plain object for `--json` reports. */
  toJSON(): Record<string, unknown> {
    return {
      seen: this.seen,
      imported: this.imported,
      written: this.written,
      unchanged: this.unchanged,
      failed: this.failed,
      duplicates: this.duplicates,
      skipped: this.skipped,
      warnings: this.warnings,
      sourceBytes: this.sourceBytes,
      unread: this.unread,
      warningsByRule: Object.fromEntries(this.warningsByRule),
    };
  }
}
