// Russian → Latin letters the way people spell their names in e-mail addresses (close to the
// BGN/PCGN and bank-card practice: й → y, х → kh, ц → ts, щ → shch, ю → yu, я → ya; ь and ъ dropped).
const letters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower-case Latin spelling of `text`; Latin letters, digits and `-` pass through, the rest goes. */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) {
    const latin = letters[char];
    if (latin !== undefined) out += latin;
    else if (/[a-z0-9-]/.test(char)) out += char;
  }
  return out;
}
