/**
 * Module boundaries, checked by `npm run lint:deps` (part of `npm test`).
 *
 * A module is a folder under src/modules/. Its index.ts is its public surface: anything outside the
 * folder (src/graphql, src/http, the CLI, other modules, test/, bench/, scripts/) imports only that.
 * Tests beside a module's files are inside the folder and may reach its internals. Cycles between
 * modules are checked by .dependency-cruiser.modules.cjs (a second run, on src/modules alone).
 *
 * Two exceptions: a *.tables.ts file may import another module's *.tables.ts (foreign keys), because
 * drizzle-kit loads the tables through src/db/schema.ts without the GraphQL layer; and a module may
 * offer a pure.ts beside its index.ts, a second way in for code that must stay light (the MARC reader
 * thread): nothing a pure.ts reaches may load Drizzle, GraphQL or the database drivers.
 *
 * Type-only imports count: a type is part of a module's surface like a value.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-module-internal',
      comment: "Another module's files are reached only through its index.ts (src/modules/<m>/index.ts).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.tables\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|pure)\\.ts$'] },
    },
    {
      name: 'pure-surface-stays-pure',
      comment: "A module's pure.ts is for threads that must start light: nothing it reaches may load the database layer, Drizzle, the drivers or GraphQL.",
      severity: 'error',
      from: { path: '^src/modules/[^/]+/pure\\.ts$' },
      to: { path: ['^src/db/', '\\.tables\\.ts$', '(^|/)node_modules/(drizzle-orm|postgres|@electric-sql|graphql|type-graphql|@apollo)/'], reachable: true },
    },
    {
      name: 'no-cross-module-internal',
      comment:
        "A table file may name another module's table file, for a foreign key, and nothing else of it: drizzle-kit " +
        'loads the tables on their own, without the GraphQL classes an index.ts brings along.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/[^/]+\\.tables\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$', '^src/modules/[^/]+/[^/]+\\.tables\\.ts$'] },
    },
    {
      name: 'no-outside-module-internal',
      comment:
        "Code outside src/modules reaches a module only through its index.ts. The one exception is src/db/schema.ts, " +
        "which gathers every Drizzle table for drizzle-kit and the database handle (tables only).",
      severity: 'error',
      from: { pathNot: ['^src/modules/', '^src/db/schema\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(index|pure)\\.ts$' },
    },
    {
      name: 'no-module-internal-in-db-schema',
      comment: 'src/db/schema.ts may gather the *.tables.ts files, and nothing else of a module but its index.ts.',
      severity: 'error',
      from: { path: '^src/db/schema\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/[^/]+/index\\.ts$', '^src/modules/[^/]+/[^/]+\\.tables\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // packages are left out, but for those pure-surface-stays-pure must see
    exclude: { path: '^node_modules/(?!(drizzle-orm|postgres|@electric-sql|graphql|type-graphql|@apollo)/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
