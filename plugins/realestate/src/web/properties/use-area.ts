import { useFormat, useTexts } from '@crm/ui';
import { texts } from '../texts.js';

/** A living area with its RESO unit in the app's language: "54,2 м²", "54.2 m²". */
export function useArea() {
  const t = useTexts(texts);
  const f = useFormat();
  return (value: number | null, units: 'SquareMeters' | 'SquareFeet') =>
    value === null ? '—' : `${f.number(value)} ${t(`area.${units}`)}`;
}
