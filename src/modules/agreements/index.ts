export { agreements, agreementPeriods, agreementResources, licenceTerms, type AgreementRow, type AgreementPeriodRow, type LicenceTermRow } from './agreements.tables.js';
export { Agreement, AgreementPeriod, AgreementStatus, CostShareMethod, UsageWindow, LicenceTerm, LicenceTermType, LicenceTermValue, Money } from './agreements.types.js';
export { createAgreementLoaders } from './agreements.loaders.js';
export { agreementLinksOfResources, periodsByIds, termsOfAgreements } from './agreements.service.js';
export { CostShareTierInput } from './agreements.types.js';
export { AgreementPeriodResolver, AgreementResolver } from './agreements.resolver.js';
export { addAgreementPeriod, createAgreement, setLicenceTerms, usageSettingProblems } from './agreements.service.js';
