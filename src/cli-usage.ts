/** A command line that cannot be run as given: exit code 2, its message and where to find the usage. */
export class UsageError extends Error {}
