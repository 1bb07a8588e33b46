export { seedDemoData } from './seed.service.js';
// the bench's synthetic catalogue draws on the demo vocabulary (bench/synthetic-data.ts)
export { isbn13CheckDigit, issnCheckDigit } from './demo-data.js';
export {
  CN_DOMAINS, CN_GIVEN, CN_PLACES, CN_PUBLISHERS, CN_SURNAMES, CN_TECH_KIND, EN_DOMAINS, EN_FIRST, EN_LAST, EN_PATTERNS, EN_PUBLISHERS,
  EN_SUBTITLES, type Publisher,
} from './demo-vocabulary.js';
