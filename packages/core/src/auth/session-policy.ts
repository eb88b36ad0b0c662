/** Session lifetimes (ASVS 7.3): idle and absolute timeouts, and how often "last seen" is written. */
export const sessionPolicy = {
  idleTimeoutMs: 30 * 60 * 1000,
  absoluteTimeoutMs: 12 * 60 * 60 * 1000,
  touchEveryMs: 60 * 1000,
} as const;
