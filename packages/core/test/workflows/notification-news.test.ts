import { describe, expect, it } from 'vitest';
import { parseNotificationNews } from '../../src/workflows/notifications/listen-for-notification-news.js';

const tenantId = '0190f5a8-8b7c-7d3e-9f00-000000000001';
const userId = '0190f5a8-8b7c-7d3e-9f00-00000000000a';

describe('parseNotificationNews', () => {
  it("reads the trigger's payload: the tenant and user ids", () => {
    expect(parseNotificationNews(JSON.stringify({ tenantId, userId }))).toEqual({ tenantId, userId });
  });

  it('ignores anything else on the channel', () => {
    for (const payload of [
      undefined,
      '',
      'not json',
      'null',
      JSON.stringify({ tenantId }),
      JSON.stringify({ tenantId, userId: 'me' }),
      JSON.stringify({ tenantId: "x' OR 1=1", userId }),
    ]) {
      expect(parseNotificationNews(payload)).toBeUndefined();
    }
  });
});
