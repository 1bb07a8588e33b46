#!/usr/bin/env node
/**
 * The one entry point: `sharegraph <command>` (installed bin) or `npm run cli -- <command>`.
 * Process I/O and exit codes live here only (the commands themselves are in src/cli-main.ts):
 * 0 done, 1 failed, 2 usage error.
 */
import 'reflect-metadata';
import { processIo } from './cli-io.js';
import { runCommandLine } from './cli-main.js';

const code = await runCommandLine(process.argv.slice(2), processIo());
if (code >= 0) process.exitCode = code;
