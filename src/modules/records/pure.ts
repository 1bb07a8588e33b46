/**
 * The records module's pure surface: what a thread that must stay light (the MARC reader thread, which
 * must not load Drizzle or the GraphQL classes that index.ts brings) may use. Nothing here touches the
 * database; `npm run lint:deps` checks that nothing it reaches loads the database or GraphQL layers.
 */
export { sourceJson, type SourceJson } from './record-values.js';
