import { z } from 'zod';

/*
 * Fields the response views share. `.meta()` is zod's own metadata (no OpenAPI library here):
 * the interfaces layer reads it to document the views.
 */


/** Money in the currency's major unit, at most 2 decimals. */
export const money = z.number().meta({ description: 'In major units, at most 2 decimals.', example: 19.99 });

export const timestamp = z.string().meta({ format: 'date-time', description: 'ISO-8601, UTC.' });

export const count = z.number().int().min(0);
