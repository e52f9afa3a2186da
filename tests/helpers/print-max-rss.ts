/** Preloaded with `--import` into a CLI run by tests: prints the process's peak resident memory (KB) as it exits. */
process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`));
