// Words that say what kind of place a name is, not which one: dropped before comparing names, so
// "Хамовники р-н", "район Хамовники" and "Khamovniki district" all compare by the name itself.
const genericWords = new Set([
  'район',
  'рн',
  'р',
  'н',
  'мкр',
  'микрорайон',
  'округ',
  'поселение',
  'пос',
  'посёлок',
  'поселок',
  'г',
  'город',
  'district',
  'raion',
  'rayon',
  'area',
  'neighbourhood',
  'neighborhood',
]);

/**
 * The comparable form of a district or locality name: lower case, ё as е, punctuation and generic
 * words ("район", "р-н", "district", ...) removed, spaces collapsed. Empty when nothing is left.
 */
export function normalizeDistrictName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !genericWords.has(word))
    .join(' ');
}

/**
 * How many single-letter edits a fuzzy match may need for a name of this length: none for very short
 * names (too many neighbours), one for short names, more for long ones.
 */
export function editBudget(normalized: string): number {
  const length = normalized.length;
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  if (length <= 12) return 2;
  return 3;
}
