/** A curated list written as comma-separated text (one block instead of one line per item). */
export function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
