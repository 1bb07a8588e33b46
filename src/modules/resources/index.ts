export { resources, resourceTitles, type ResourceRow, type ResourceTitleRow } from './resources.tables.js';
export { Resource, ResourceContentType } from './resources.types.js';
export { createResourceLoaders } from './resources.loaders.js';
export { resourcesByIds, titlesByIdentifier, titlesOfResources, titleIdentifier } from './resources.service.js';
export { LocalDate, consortiumToday, isIsoDate } from './local-date.js';
export { WhereToRead } from './resources.types.js';
export { ResourceResolver } from './resources.resolver.js';
export { importKbart, UnknownResourceError, UnreadableKbartError, type KbartSummary } from './kbart-import.service.js';
