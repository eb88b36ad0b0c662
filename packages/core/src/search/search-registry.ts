import { AppError } from '../errors/index.js';
import { accountSearchSource } from './account-source.js';
import { contactSearchSource } from './contact-source.js';
import { dealSearchSource } from './deal-source.js';
import type { SearchSource } from './search.types.js';

/** The sources the core provides, in the order that breaks score ties. */
export const builtInSearchSources: readonly SearchSource[] = [
  contactSearchSource,
  accountSearchSource,
  dealSearchSource,
];

/** The sources the global search asks: the extension point for plugins' record types. */
export interface SearchRegistry {
  readonly sources: readonly SearchSource[];
}

const typeName = /^[a-z][a-z0-9_.-]{0,62}$/;

/** The core's sources plus `extra` ones (a plugin's), each type used once. */
export function searchRegistry(extra: readonly SearchSource[] = []): SearchRegistry {
  const sources = [...builtInSearchSources, ...extra];
  const types = new Set<string>();
  for (const source of sources) {
    if (!typeName.test(source.type) || types.has(source.type)) {
      throw new AppError('INTERNAL', `Search source "${source.type}" is misnamed or registered twice`);
    }
    types.add(source.type);
  }
  return { sources };
}
