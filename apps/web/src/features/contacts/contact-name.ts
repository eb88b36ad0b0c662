import type { Contact } from '../../app/api-types.js';

/** A contact's display name: the full name when the server composed one, else first and last name. */
export function contactName(contact: Pick<Contact, 'fullName' | 'firstName' | 'lastName'>): string {
  return contact.fullName ?? [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}
