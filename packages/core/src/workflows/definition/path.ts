/** Joins the parts of a path in a definition (`steps.2.then.0.subject`), leaving out empty parts. */
export const joinPath = (...parts: (string | number)[]): string => parts.filter((p) => p !== '').join('.');
