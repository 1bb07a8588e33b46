export { members, memberViewColumns, type MemberRow, type MemberView } from './members.tables.js';
export { Member, MemberType, MemberStatus, memberFieldColumns } from './members.types.js';
export { createMemberLoaders } from './members.loaders.js';
export { memberByCode, membersByCodes } from './members.service.js';
export { createMember, listMembers, membersByIds, memberSearchKey, updateMember } from './members.service.js';
export { MemberResolver } from './members.resolver.js';
