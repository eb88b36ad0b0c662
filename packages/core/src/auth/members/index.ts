export * from './member.schema.js';
export * from './list-members.js';
export * from './update-member.js';
export * from './create-invitation.js';
export * from './accept-invitation.js';
export * from './list-invitations.js';
export * from './revoke-invitation.js';
export * from './preview-invitation.js';
