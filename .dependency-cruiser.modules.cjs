/**
 * No cycles between modules, the second half of `npm run lint:deps` (the first, .dependency-cruiser.cjs,
 * holds the boundaries). Checked on the folder graph of src/modules alone, so a cycle is caught whichever
 * files of each module carry the imports. A run of its own because dependency-cruiser's folder rules
 * cannot ignore the layers every module shares: src/graphql and src/db both serve the modules and
 * gather them (schema, context, Drizzle schema), so with them in the graph every module would be "in a
 * cycle".
 */
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular-between-modules',
      comment: 'Modules depend on each other in one direction only (e.g. holdings -> records, never back).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+$' },
      to: { path: '^src/modules/[^/]+$', circular: true },
    },
  ],
  options: { ...base.options, includeOnly: '^src/modules/' },
};
