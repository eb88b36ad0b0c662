/**
 * The origin of the API as clients reach it: `PUBLIC_URL`, the same setting the API reads (default
 * `http://localhost:$PORT`). TMF `href`s are absolute URIs (the schemas say `format: uri`).
 */
function publicOrigin(): string {
  const configured = process.env.PUBLIC_URL;
  const origin =
    configured && configured.length > 0 ? configured : `http://localhost:${process.env.PORT ?? '3000'}`;
  return origin.replace(/\/+$/, '');
}

/** An absolute link to `path` under the REST API, e.g. `apiHref('/accounts/1')`. */
export const apiHref = (path: string) => `${publicOrigin()}/api/v1${path}`;

/** Where a telecom resource lives in the REST API (TMF `href`). */
export const hrefOf = (resource: string, id: string) => apiHref(`/telecom/${resource}/${id}`);

/** A timestamp as TMF date-time text, or undefined (TMF leaves absent fields out). */
export const isoOrUndefined = (date: Date | null): string | undefined => date?.toISOString();

/** A Prisma decimal (or number) as a JS number with the given number of decimals. */
export const toNumber = (value: { toString(): string } | number, digits = 2): number =>
  Number(Number(value.toString()).toFixed(digits));
