/** Nothing to share across files: each test file opens its own database (see test-db.ts). */
export default function setup(): void {}
