// The usage module: COUNTER reports (files and SUSHI harvests), usage facts and the analytics over them.
export * from './usage.tables.js';
