export { decodeMarc8, marc8EaccEntries, type Marc8Options } from './marc8.js';
export { decodeIso5426 } from './iso5426.js';
export type { DecodeResult } from './shared.js';
