export { members, type MemberRow } from './members.tables.js';
export { Member, MemberType, MemberStatus } from './members.types.js';
export { createMemberLoaders } from './members.loaders.js';
export { memberByCode, membersByCodes } from './members.service.js';
