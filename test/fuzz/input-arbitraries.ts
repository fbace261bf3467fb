import fc from 'fast-check';
import { z } from 'zod';
import { objectShape } from '../../src/interfaces/http/request';
import type { NamedOperation } from '../../src/interfaces/operation';
import { HOSTILE_KEYS, hostileDocument, hostileValue } from './hostile-values';

/** What the fuzzer knows of the store, so that valid-ish inputs name things that exist. */
export interface Known {
  /** Ids by the group they belong to: `products`, `categories`, `orders`, `users`. */
  ids: Record<string, number[]>;
  emails: string[];
  passwords: string[];
  refreshTokens: string[];
}

const NUMBERS = [0, 1, 2, 5, 20, 100, 0.5, 9.99];
const TEXTS = ['Fuzz', 'Widget', 'a', 'https://img.example/widget.png'];

const plural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** `id` names a thing of the operation's group; `categoryId` a thing of `categories`. */
function idsFor(group: string, field: string, known: Known): number[] {
  const kind = field === 'id' ? group : field.endsWith('Id') ? plural(field.slice(0, -2)) : undefined;
  if (kind === undefined) return [];
  return known.ids[kind] ?? Object.values(known.ids).flat();
}

function hintsFor(field: string, known: Known): unknown[] {
  if (/email/i.test(field)) return known.emails;
  if (/password/i.test(field)) return known.passwords;
  if (/token/i.test(field)) return known.refreshTokens;
  return [];
}

/** The values an enum takes, however the schema wraps it. */
function enumOptions(schema: z.ZodType): unknown[] {
  let inner: z.ZodType = schema;
  for (;;) {
    if (inner instanceof z.ZodEnum) return inner.options;
    const def = inner._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    const next = def.innerType ?? def.in;
    if (!next) return [];
    inner = next;
  }
}

/** Mostly things that exist for an id, else values the field's own schema accepts, or a random text. */
function validish(group: string, field: string, schema: z.ZodType, known: Known): fc.Arbitrary<unknown> {
  const accepted = (values: unknown[]) => values.filter((value) => schema.safeParse(value).success);
  const ids = accepted(idsFor(group, field, known).slice(-12));
  const options = accepted(enumOptions(schema));
  const others = accepted([...hintsFor(field, known), ...options, ...NUMBERS, ...TEXTS, true, false, undefined]);
  const fresh = /email/i.test(field)
    ? fc.uuid().map((uuid) => `fuzz-${uuid.slice(0, 8)}@shop.test`)
    : fc.string({ minLength: 1, maxLength: 24 });
  const choices = [
    ...(ids.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...ids) }] : []),
    ...(others.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...others) }] : []),
    // An enum takes no free text, and an id no text at all.
    ...(options.length === 0 && ids.length === 0 ? [{ weight: 1, arbitrary: fresh }] : []),
  ];
  return choices.length > 0 ? fc.oneof(...choices) : fresh;
}

function withKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  // A computed key makes an own property, even for `__proto__`.
  return { ...object, [key]: value };
}

/**
 * Inputs for an operation, mostly one mutation away from valid: a valid-ish object made from
 * the schema's field names, with one field, every field, or the whole input made hostile.
 */
export function inputArbitrary(operation: NamedOperation, known: Known): fc.Arbitrary<unknown> {
  const shape = objectShape(operation.input);
  if (!shape) {
    return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: hostileDocument });
  }
  const fields = Object.entries(shape);
  const validFields = fields.map(([name, schema]) => [name, validish(operation.group, name, schema, known)] as const);
  const base = fc.record(Object.fromEntries(validFields));
  const names = fields.map(([name]) => name);
  const oneBroken = names.length
    ? fc.tuple(base, fc.constantFrom(...names), hostileValue).map(([object, name, value]) => withKey(object, name, value))
    : base;
  const everyMaybe = fc.record(
    Object.fromEntries(
      validFields.map(([name, valid]) => [name, fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostileValue })]),
    ),
  );
  const extraKey = fc
    .tuple(base, fc.constantFrom(...HOSTILE_KEYS), hostileValue)
    .map(([object, key, value]) => withKey(object, key, value));
  return fc.oneof(
    { weight: 5, arbitrary: base },
    { weight: 4, arbitrary: oneBroken },
    { weight: 2, arbitrary: everyMaybe },
    { weight: 1, arbitrary: extraKey },
    { weight: 1, arbitrary: base.map((object) => [object]) },
    { weight: 2, arbitrary: hostileDocument },
  );
}
