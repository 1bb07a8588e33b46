export { resources, resourceTitles, type ResourceRow, type ResourceTitleRow } from './resources.tables.js';
export { Resource, ResourceContentType } from './resources.types.js';
export { createResourceLoaders } from './resources.loaders.js';
export { allResources, createResource, resourcesByIds, titleCounts, titlesByIdentifier, titlesOfResources, titleIdentifier } from './resources.service.js';
export { LocalDate, consortiumToday, isIsoDate } from './local-date.js';
export { titleColumns } from './title-columns.js';
export { refreshTitleKeys } from './title-keys.service.js';
