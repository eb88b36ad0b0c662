/** Where a resource lives in the REST API (TMF `href`). */
export const hrefOf = (resource: string, id: string) => `/api/v1/telecom/${resource}/${id}`;

/** A timestamp as TMF date-time text, or undefined (TMF leaves absent fields out). */
export const isoOrUndefined = (date: Date | null): string | undefined => date?.toISOString();

/** A Prisma decimal (or number) as a JS number with the given number of decimals. */
export const toNumber = (value: { toString(): string } | number, digits = 2): number =>
  Number(Number(value.toString()).toFixed(digits));
