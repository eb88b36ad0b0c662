import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Every run carries its tenant as a Keyword search attribute, so visibility queries (run lists,
 * counts) filter per tenant: `TenantId = "<uuid>"`. The dev server is started with it registered;
 * a production cluster registers it once (`temporal operator search-attribute create`).
 */
export const TENANT_ID_SEARCH_ATTRIBUTE = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);
