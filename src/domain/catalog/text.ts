import { ValidationError } from '../shared/errors';
import { characterCount } from '../shared/text';

export const DESCRIPTION_MAX_LENGTH = 5000;

/** A required display name: surrounding spaces are dropped, and nothing may be left empty. */
export function requiredName(raw: string, maxLength: number, path = 'name'): string {
  const name = raw.trim();
  if (name.length < 1 || characterCount(name) > maxLength) {
    throw ValidationError.field(path, `Must be 1 to ${maxLength} characters long.`);
  }
  return name;
}

/** A blank description says nothing, so it is stored as no description at all. */
export function optionalDescription(raw: string | null | undefined, path = 'description'): string | null {
  const description = raw?.trim() ?? '';
  if (characterCount(description) > DESCRIPTION_MAX_LENGTH) {
    throw ValidationError.field(path, `Must be at most ${DESCRIPTION_MAX_LENGTH} characters long.`);
  }
  return description === '' ? null : description;
}
