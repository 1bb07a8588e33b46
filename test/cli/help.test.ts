/**
 * `sharegraph <command> --help`, `help <command>`, and what a usage error prints. `help` and one usage
 * error run as processes (the real binary: exit code, the two streams); the other command lines run in
 * this process (runCliInProcess), which differs only in where the output is collected.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli-commands.js';
import { runCli, runCliInProcess } from './run-cli.js';

// DATA_DIR points nowhere usable: help and usage errors must not need the database
const NO_DATA = { DATA_DIR: '/nonexistent/sharegraph-help-test' };

describe('help', () => {
  it('prints each command\'s usage, options and exit codes with --help and with help COMMAND, exit 0', async () => {
    const runs = await Promise.all(COMMANDS.map((c) => runCliInProcess([...c.name.split(' '), '--help'], NO_DATA)));
    runs.forEach((r, i) => {
      expect(r.code, COMMANDS[i].name).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(`Usage: sharegraph ${COMMANDS[i].usage}`);
      expect(r.stdout).toMatch(/\nExit codes:\n {2}0 {2}/);
      expect(r.stderr).toBe('');
    });
    const viaHelp = await runCliInProcess(['help', 'import', 'kbart'], NO_DATA);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(runs[COMMANDS.findIndex((c) => c.name === 'import kbart')].stdout);
  });

  it('lists every command with help and no arguments (a process)', async () => {
    const r = await runCli(['help'], NO_DATA);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.usage}\n`);
  });
});

describe('a usage error', () => {
  it.each([
    [['import', 'marc', 'x.mrc'], '--member CODE (the ISIL of the member whose records these are) is required', 'import marc'],
    [['import', 'marc', '--member', 'CN-110000-PKU', '--bogus'], "Unknown option '--bogus'", 'import marc'],
    [['resources', 'create', '--content-type', 'VIDEO', '--name', 'V'], '--content-type must be one of JOURNALS, EBOOKS, DATABASE, MIXED, OTHER (got "VIDEO")', 'resources create'],
    [['token', '--role', 'root'], '--role must be one of member, analyst, admin', 'token'],
    [['serve', 'now'], 'serve takes no arguments (got "now")', 'serve'],
  ])('%j prints one problem line and where the usage is, exit 2', async (argv, problem, command) => {
    const r = await runCliInProcess(argv, NO_DATA);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sharegraph: ${problem}\nRun "sharegraph ${command} --help" for usage.\n`);
    expect(r.stdout).toBe('');
  });

  it('names the command list when the command is unknown (a process)', async () => {
    const r = await runCli(['frobnicate'], NO_DATA);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sharegraph: unknown command "frobnicate"\nRun "sharegraph help" for the list of commands.\n');
  });
});
