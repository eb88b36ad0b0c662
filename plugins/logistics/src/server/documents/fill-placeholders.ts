const placeholder = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The placeholder names used in `text` that are not in `known`, in order of first use. */
export function unknownPlaceholders(text: string, known: readonly string[]): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(placeholder)) {
    const name = match[1] ?? '';
    if (!known.includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/** `text` with every `{{ name }}` replaced by its value (an empty value leaves a dash). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(placeholder, (_, name: string) => {
    const value = values[name];
    return value === undefined || value === '' ? '—' : value;
  });
}
