import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors/index.js';
import {
  assertDeliverableUrl,
  blockedReason,
  privateNetworkPolicy,
} from '../../src/webhooks/network-guard.js';

async function refusal(url: string, options: Parameters<typeof assertDeliverableUrl>[1] = {}) {
  try {
    await assertDeliverableUrl(url, options);
    return undefined;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, fields: error.details?.fields?.map((f) => f.field) };
  }
}

describe('the SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '::1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '100.100.100.200',
    '169.254.169.254',
    'fd00:ec2::254',
    'fe80::1',
    '224.0.0.1',
    '0.0.0.0',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
  ])('refuses %s by default', (address) => {
    expect(blockedReason(address, 'false')).toBeDefined();
  });

  it('lets public addresses through', () => {
    expect(blockedReason('93.184.216.34', 'false')).toBeUndefined();
    expect(blockedReason('2606:2800:220:1:248:1893:25c8:1946', 'false')).toBeUndefined();
  });

  it('with loopback allowed, still refuses private, link-local and metadata addresses', () => {
    expect(blockedReason('127.0.0.1', 'loopback')).toBeUndefined();
    expect(blockedReason('::1', 'loopback')).toBeUndefined();
    expect(blockedReason('10.0.0.1', 'loopback')).toBeDefined();
    expect(blockedReason('169.254.169.254', 'loopback')).toBeDefined();
    expect(blockedReason('10.0.0.1', 'true')).toBeUndefined();
    expect(blockedReason('169.254.169.254', 'true')).toBeDefined();
  });

  it('checks every address a host name resolves to, naming the url field', async () => {
    const resolve = (host: string) =>
      Promise.resolve(host === 'rebind.example' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34']);
    expect(await refusal('https://rebind.example/hook', { policy: 'false', resolve })).toEqual({
      code: 'BAD_REQUEST',
      fields: ['url'],
    });
    expect(await refusal('https://public.example/hook', { policy: 'false', resolve })).toBeUndefined();
    expect(await refusal('http://[::1]:8080/', { policy: 'false', resolve })).toEqual({
      code: 'BAD_REQUEST',
      fields: ['url'],
    });
  });

  it('refuses other schemes, credentials and unresolvable hosts', async () => {
    const resolve = () => Promise.reject(new Error('ENOTFOUND'));
    for (const url of ['ftp://example.com/x', 'https://user:pw@example.com/', 'not a url']) {
      expect(await refusal(url, { policy: 'false' })).toEqual({ code: 'BAD_REQUEST', fields: ['url'] });
    }
    expect(await refusal('https://nowhere.invalid/', { policy: 'false', resolve })).toEqual({
      code: 'BAD_REQUEST',
      fields: ['url'],
    });
  });

  it('reads the policy from WEBHOOK_ALLOW_PRIVATE_NETWORKS, default false', () => {
    expect(privateNetworkPolicy({})).toBe('false');
    expect(privateNetworkPolicy({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'loopback' })).toBe('loopback');
    expect(() => privateNetworkPolicy({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow();
  });
});
