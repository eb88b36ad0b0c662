// Street-type, building-part and city words: dropped so that "ул. Остоженка, д. 12" and
// "Остоженка улица 12" give the same key.
const noiseWords = new Set([
  'ул',
  'улица',
  'пр',
  'пр-т',
  'просп',
  'проспект',
  'пер',
  'переулок',
  'б-р',
  'бул',
  'бульвар',
  'ш',
  'шоссе',
  'наб',
  'набережная',
  'пл',
  'площадь',
  'д',
  'дом',
  'г',
  'город',
  'москва',
  'moscow',
  'россия',
  'russia',
  'street',
  'st',
  'avenue',
  'ave',
  'lane',
  'ln',
  'road',
  'rd',
  'embankment',
  'square',
  'sq',
]);

// A flat number is the object's UnitNumber, not part of the building's address.
const unitPart = /(?:^|[\s,])(?:квартира|кв|apartment|apt|flat|unit)\.?\s*№?\s*\d[\p{L}\p{N}-]*/giu;

/**
 * The building key of an address for duplicate detection: lower case, ё as е, the flat number and
 * noise words removed, the remaining words sorted ("12 остоженка"). Buildings compare equal by key,
 * and similar keys (typos) by trigram similarity in the database.
 */
export function addressKey(address: string): string {
  const words = address
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(unitPart, ' ')
    .replace(/(^|[\s,])(?:пр-т|б-р|пр-д)(?=[\s,.]|$)/gu, '$1')
    .replace(/(\d)[\s,]*(?:корпус|корп|к|строение|стр)\.?\s*(\d)/gu, '$1к$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !noiseWords.has(word));
  return [...new Set(words)].sort().join(' ');
}

/** The flat number in a free-text address, when one is written there ("кв. 45", "apt 7"). */
export function unitNumberIn(address: string): string | null {
  const match = /(?:^|[\s,])(?:квартира|кв|apartment|apt|flat|unit)\.?\s*№?\s*(\d[\p{L}\p{N}-]*)/iu.exec(
    address,
  );
  return match?.[1] ?? null;
}
