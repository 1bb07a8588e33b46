// The ILL module: interlibrary loan and document delivery between members, ISO 18626 at the edge.
export * from './ill.tables.js';
export * from './ill-states.js';
