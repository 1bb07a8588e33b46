/** A command line that cannot be run as given: exit code 2 with the help text. */
export class UsageError extends Error {}
