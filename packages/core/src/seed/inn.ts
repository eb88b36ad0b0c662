import type { Random } from './random.js';

// The check digit of a legal entity's 10-digit INN (ИНН юридического лица): the weighted sum of the
// first nine digits, mod 11, mod 10. Accounts validate INNs with accounts/tax-id.ts; the seed tests
// check generated ones against it and against a third, independent implementation.
const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function checkDigit(firstNine: string): number {
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight * Number(firstNine.charAt(index));
  });
  return (sum % 11) % 10;
}

/**
 * A well-formed INN: the region's two digits, a tax office number, a serial and the check digit.
 * Made-up numbers may happen to belong to a real company; they are demo data only.
 */
export function makeLegalEntityInn(random: Random, regionCode: string): string {
  const firstNine = `${regionCode}${String(random.int(1, 51)).padStart(2, '0')}${random.digits(5)}`;
  return `${firstNine}${checkDigit(firstNine)}`;
}
