/**
 * The diff key of a KBART row: who the title is, plus where its coverage range starts (a title
 * with two ranges is two rows). Identity is, in order of preference, the provider's title_id,
 * the normalised ISSN/ISBN pair, the title text. A list that gains a title_id between loads
 * therefore shows that title as dropped + added: the provider changed its identity, not a field.
 */
import type { KbartIdentifier } from './kbart-values.js';

export interface KeyParts {
  titleId: string | null;
  printIdentifier: KbartIdentifier | null;
  onlineIdentifier: KbartIdentifier | null;
  publicationTitle: string;
  coverageStart: string | null;
}

export function rowKey(p: KeyParts): string {
  let identity: string;
  if (p.titleId !== null) identity = `title_id:${p.titleId}`;
  else if (p.printIdentifier || p.onlineIdentifier) identity = `ids:${p.printIdentifier?.value ?? ''}|${p.onlineIdentifier?.value ?? ''}`;
  else identity = `title:${p.publicationTitle.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')}`;
  return `${identity}@${p.coverageStart ?? ''}`;
}
