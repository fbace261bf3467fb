import { z } from 'zod';
import { type Money, hasAtMostTwoDecimals } from '../../domain/shared/money';

/** Money as clients write it: a JSON number in major units with at most 2 decimals, from 0 (or above it) up to `max`. */
export function moneyInput({ max, aboveZero = false }: { max: Money; aboveZero?: boolean }) {
  return (aboveZero ? z.number().positive() : z.number().min(0))
    .max(max.toMajor())
    .refine(hasAtMostTwoDecimals, { message: 'Must have at most 2 decimals.' })
    .meta({ description: 'In major units, at most 2 decimals.' });
}
