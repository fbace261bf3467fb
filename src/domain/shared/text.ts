/** Characters as the databases count them: code points, so an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Text every database keeps exactly as given: PostgreSQL refuses a NUL character and replaces an
 * unpaired surrogate, so two different inputs could be stored as one.
 */
export function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes('\u0000');
}
