import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { AppError } from '../errors/index.js';

/**
 * Which private addresses outgoing webhooks may reach (`WEBHOOK_ALLOW_PRIVATE_NETWORKS`):
 * `false` (default) none, `loopback` only 127.0.0.0/8 and ::1 (tests, a developer's machine),
 * `true` every private range (an on-premise installation whose integrations live on the LAN).
 * Link-local, metadata, multicast and reserved addresses are refused whatever the setting.
 */
export type PrivateNetworkPolicy = 'false' | 'loopback' | 'true';

export function privateNetworkPolicy(env: NodeJS.ProcessEnv = process.env): PrivateNetworkPolicy {
  const value = (env.WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? 'false').trim().toLowerCase();
  if (value === 'true' || value === 'loopback' || value === 'false' || value === '') {
    return value === '' ? 'false' : value;
  }
  throw new AppError('INTERNAL', 'WEBHOOK_ALLOW_PRIVATE_NETWORKS must be false, loopback or true');
}

function rangeList(ranges: readonly [string, number, 'ipv4' | 'ipv6'][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family);
  return list;
}

const loopback = rangeList([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
]);

const privateRanges = rangeList([
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT (and some clouds' metadata, 100.100.100.200)
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['fc00::', 7, 'ipv6'], // unique local (fd00:ec2::254 is a metadata address)
]);

/** Never reachable: "this network", link-local (169.254.169.254 metadata), multicast, reserved, documentation. */
const alwaysBlocked = rangeList([
  ['0.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['100::', 64, 'ipv6'],
]);

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address (::ffff:10.0.0.1), if any. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match?.[1]) return match[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex?.[1] || !hex[2]) return undefined;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why an address may not be called under the policy, or undefined when it may. */
export function blockedReason(address: string, policy: PrivateNetworkPolicy): string | undefined {
  const inner = embeddedIpv4(address);
  if (inner) return blockedReason(inner, policy);
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (isIP(address) === 0) return `${address} is not an IP address`;
  if (alwaysBlocked.check(address, family)) return `${address} is a link-local, metadata or reserved address`;
  if (loopback.check(address, family)) {
    return policy === 'false' ? `${address} is a loopback address` : undefined;
  }
  if (privateRanges.check(address, family)) {
    return policy === 'true' ? undefined : `${address} is a private network address`;
  }
  return undefined;
}

export type ResolveHost = (host: string) => Promise<string[]>;

const resolveWithDns: ResolveHost = (host) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) => {
      if (error) reject(error);
      else resolve(addresses.map((a) => a.address));
    });
  });

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * The save-time check of a webhook URL: http(s), no credentials, and a host that resolves only to
 * addresses the policy allows. Answers a validation error naming `field`.
 */
export async function assertDeliverableUrl(
  raw: string,
  options: { field?: string; policy?: PrivateNetworkPolicy; resolve?: ResolveHost } = {},
): Promise<URL> {
  const field = options.field ?? 'url';
  const policy = options.policy ?? privateNetworkPolicy();
  const refuse = (message: string) => AppError.invalid([{ field, message }]);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('must be an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('must use http or https');
  if (url.username || url.password) throw refuse('must not carry a user name or password');
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? resolveWithDns)(host);
  } catch {
    throw refuse(`host ${host} does not resolve`);
  }
  if (addresses.length === 0) throw refuse(`host ${host} does not resolve`);
  for (const address of addresses) {
    const reason = blockedReason(address, policy);
    if (reason) throw refuse(`may not point to a private or internal address (${reason})`);
  }
  return url;
}

/**
 * A DNS lookup for node:http that refuses blocked addresses, so the connection goes to the very
 * address that was checked (no window for DNS rebinding between the check and the connect).
 */
export function guardedLookup(policy: PrivateNetworkPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 4);
        return;
      }
      const allowed = addresses.filter((a) => !blockedReason(a.address, policy));
      const first = allowed[0];
      if (!first || allowed.length < addresses.length) {
        const reason = addresses.map((a) => blockedReason(a.address, policy)).find(Boolean);
        callback(new BlockedAddressError(reason ?? `${hostname} does not resolve`), '', 4);
        return;
      }
      if (options.all) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
}

/** The delivery-time check of a literal IP host (the lookup is not consulted for those). */
export function assertLiteralHostAllowed(url: URL, policy: PrivateNetworkPolicy): void {
  const host = hostOf(url);
  if (!isIP(host)) return;
  const reason = blockedReason(host, policy);
  if (reason) throw new BlockedAddressError(reason);
}
