import { uuidv7 } from 'uuidv7';

/** Every id is a UUIDv7 made by the application: time-ordered, no sequences (see docs/architecture). */
export function newId(): string {
  return uuidv7();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
