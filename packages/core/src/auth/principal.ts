/** Who a request authenticated as, before any tenant data is touched. */
export type Principal =
  | { kind: 'session'; userId: string; tenantId: string | null; sessionId: string }
  | { kind: 'apiKey'; userId: string; tenantId: string; apiKeyId: string };

export type Credentials = { kind: 'session'; token: string } | { kind: 'apiKey'; token: string };
