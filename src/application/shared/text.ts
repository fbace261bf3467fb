import { z } from 'zod';
import { characterCount, isStorableText } from '../../domain/shared/text';

interface TextBounds {
  min?: number;
  max: number;
  /** Whether surrounding spaces are dropped before the text is judged; secrets keep theirs. */
  trim?: boolean;
}

/**
 * A text input: no NUL character and no unpaired surrogate, and from `min` to `max` characters
 * counted as the databases count them.
 */
export function text({ min = 0, max, trim = true }: TextBounds) {
  const bounds = min > 0 ? `${min} to ${max} characters long` : `at most ${max} characters long`;
  return (trim ? z.string().trim() : z.string())
    .refine(isStorableText, { message: 'Must not contain NUL characters or unpaired surrogates.' })
    .refine((value) => characterCount(value) >= min && characterCount(value) <= max, { message: `Must be ${bounds}.` })
    .meta(min > 0 ? { minLength: min, maxLength: max } : { maxLength: max });
}
