import { describe, expect, it } from 'vitest';
import { innDigitsOf, isValidInn, normalizeTaxId, taxIdInput } from '../src/accounts/tax-id.js';

describe('Russian INN', () => {
  it.each(['7707083893', '7736050003', '500100732259', '773370857141'])('accepts %s', (inn) => {
    expect(isValidInn(inn)).toBe(true);
  });

  it.each(['7707083894', '500100732258', '500100732249', '0000000000', '123'])('rejects %s', (inn) => {
    expect(isValidInn(inn)).toBe(false);
  });

  it('reads RU prefixes, spaces and hyphens as the bare digits', () => {
    expect(innDigitsOf('RU 7707 083 893')).toBe('7707083893');
    expect(normalizeTaxId('ru7707-083893')).toBe('7707083893');
    expect(innDigitsOf('US1234567890')).toBeNull();
    expect(normalizeTaxId(' DE 123456789 ')).toBe('DE 123456789');
  });
});

describe('taxIdInput', () => {
  it('stores an INN as its digits and keeps foreign ids as typed', () => {
    expect(taxIdInput.parse('RU 7707083893')).toBe('7707083893');
    expect(taxIdInput.parse('GB 123 4567 89')).toBe('GB 123 4567 89');
  });

  it('rejects a wrong INN check digit and foreign ids longer than 32 characters', () => {
    expect(taxIdInput.safeParse('7707083894').success).toBe(false);
    expect(taxIdInput.safeParse('X'.repeat(33)).success).toBe(false);
  });
});
