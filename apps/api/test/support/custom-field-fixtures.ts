import { restClient } from './rest-call.js';
import type { TestApp, TestTenant } from './test-app.js';

export interface Definition {
  id: string;
  objectType: string;
  key: string;
  type: string;
  options: string[];
  required: boolean;
  sensitive: boolean;
  position: number;
  archivedAt: string | null;
}
/** A contact as far as the custom field tests read it. */
export interface Contact {
  id: string;
  customFields: Record<string, unknown>;
}

/** Defines a custom field as tenant A's admin of the world a test file creates in `beforeAll` (201 expected). */
export function definer(
  world: () => { h: TestApp; a: TestTenant },
): (payload: object) => Promise<Definition> {
  const { create } = restClient(() => world().h);
  return (payload) => create<Definition>(world().a.users.admin.token, '/custom-fields', payload);
}
