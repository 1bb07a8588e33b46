import { describe, expect, it } from 'vitest';
import { COMMANDS, commandHelp, helpHint, resolveCommand } from './cli-commands.js';

/** [name, args, help] for a command; [kind, exit code] for the overview; [kind, problem] otherwise */
function named(argv: string[]) {
  const r = resolveCommand(argv);
  if (r.kind === 'command') return [r.spec.name, r.args, r.help];
  return [r.kind, r.kind === 'overview' ? r.exitCode : r.problem];
}

describe('resolveCommand', () => {
  it.each([
    [['serve'], ['serve', [], false]],
    [['import', 'marc', 'a.mrc', '--member', 'X'], ['import marc', ['a.mrc', '--member', 'X'], false]],
    [['import', 'kbart', '--help'], ['import kbart', ['--help'], true]],
    [['import', 'counter', 'tr.json', '--member', 'X'], ['import counter', ['tr.json', '--member', 'X'], false]],
    [['resources', 'create', '-h'], ['resources create', ['-h'], true]],
    [['help', 'resources', 'list'], ['resources list', ['--help'], true]],
    [['help', 'token'], ['token', ['--help'], true]],
    [['ill', 'purge', '--days', '30'], ['ill purge', ['--days', '30'], false]],
    [['ill', 'purge', '--help'], ['ill purge', ['--help'], true]],
    [[], ['overview', 2]],
    [['help'], ['help', [], false]],
    [['help', '--help'], ['help', ['--help'], true]],
    [['--help'], ['overview', 0]],
    [['import'], ['group', 'import what? (marc, kbart, counter)']],
    [['import', 'csv'], ['group', 'unknown import command "csv" (marc, kbart, counter)']],
    [['frobnicate'], ['unknown', 'unknown command "frobnicate"']],
    [['help', 'frobnicate'], ['unknown', 'unknown command "frobnicate"']],
  ])('%j → %j', (argv, expected) => expect(named(argv)).toEqual(expected));

  it('asks for the group list on "import --help" and "help resources"', () => {
    for (const argv of [['import', '--help'], ['help', 'resources']]) {
      const r = resolveCommand(argv);
      expect(r.kind === 'group' && r.help).toBe(true);
    }
  });
});

describe('commandHelp', () => {
  it('gives every command a usage line, its options and its exit codes', () => {
    for (const spec of COMMANDS) {
      const text = commandHelp(spec);
      expect(text.split('\n')[0]).toBe(`Usage: sharegraph ${spec.usage}`);
      for (const [flag] of spec.options) expect(text).toContain(flag);
      expect(text).toMatch(/Exit codes:\n {2}0 {2}/);
      expect(text).toMatch(/\n {2}2 {2}usage error/);
    }
  });

  it('points a usage error at the command help, or at the list when there is no command', () => {
    expect(helpHint('import marc')).toBe('Run "sharegraph import marc --help" for usage.');
    expect(helpHint(null)).toBe('Run "sharegraph help" for the list of commands.');
  });
});
