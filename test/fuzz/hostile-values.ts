import fc from 'fast-check';

/** JSON text put on the wire as it is, where a value would go: what JSON.stringify can never write. */
export class RawJson {
  constructor(
    readonly text: string,
    private readonly label = text,
  ) {}

  [fc.toStringMethod](): string {
    return `raw(${this.label})`;
  }
}

/** A long string that prints as its recipe, so that a failing case stays readable. */
export class Repeated {
  constructor(
    readonly unit: string,
    readonly count: number,
  ) {}

  toJSON(): string {
    return this.unit.repeat(this.count);
  }

  [fc.toStringMethod](): string {
    return `${JSON.stringify(this.unit)}.repeat(${this.count})`;
  }
}

const nested = (depth: number, open: string, core: string, close: string) =>
  new RawJson(open.repeat(depth) + core + close.repeat(depth), `${open} x${depth} ${core} ${close} x${depth}`);

/** An object with the given own keys, `__proto__` included, as JSON.parse would build it. */
export function ownKeys(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const SCALARS: unknown[] = [
  null, true, false, 0, -0, -1, 0.001, 1.5, 1.005, 1e308, -1e308, 1e21, Number.MIN_VALUE,
  2147483647, 2147483648, -2147483649, 4294967296, 2 ** 53, 2 ** 53 + 2, -(2 ** 53),
  '', ' ', '\u0000', 'a\u0000b', '\uD800', '\uDFFFx', 'x\uD83D', '🛒', '\u202Eevil', 'İ', '\r\n',
  '%ZZ', '%00', '%', '1', '-1', '1e3', 'NaN', 'Infinity', 'true', 'null', '__proto__', 'constructor',
  "' OR 1=1 --", '\\', '<script>alert(1)</script>', '${x}',
  [], [1], [null], {}, { id: 1 },
];

const RAW_SCALARS = ['1e400', '-1e400', '-0', '1E2', '1.0', '9007199254740993', `1${'0'.repeat(400)}`, '0.1e-400'].map(
  (text) => new RawJson(text),
);

const LONG_UNITS = ['x', 'é', '\u0000', '\uD800', '🛒', '%'];
const LONG_COUNTS = [129, 201, 256, 513, 5_001, 20_000, 110_000];

const longString = fc.record({ unit: fc.constantFrom(...LONG_UNITS), count: fc.constantFrom(...LONG_COUNTS) }).map(
  ({ unit, count }) => new Repeated(unit, count),
);

const deep = fc.constantFrom(
  nested(64, '[', '1', ']'),
  nested(5_000, '[', '1', ']'),
  nested(20_000, '[', '', ']'),
  nested(2_000, '{"a":', '1', '}'),
);

const pollutingObject = fc.constantFrom(
  ownKeys([['__proto__', { isAdmin: true, role: 'admin' }]]),
  ownKeys([['constructor', { prototype: { polluted: true } }]]),
  ownKeys([['__proto__', null]]),
  ownKeys([['toString', 1], ['valueOf', 'x'], ['hasOwnProperty', null]]),
);

const manyKeys = fc.constant(Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, i])));

/** A value for one field that no schema should take at face value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_SCALARS) },
  { weight: 2, arbitrary: longString },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

const RAW_DOCUMENTS = ['', '{', 'nul', '{"a":1,"a":"x"}', '\uFEFF{}', '{}\u0000', '[]', '"x"', '1e400', '{"__proto__":{"x":1}}'].map(
  (text) => new RawJson(text, JSON.stringify(text)),
);

/** A whole input that is not the object an operation expects. */
export const hostileDocument: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, 'text', 42, true, [], [{}], ...RAW_DOCUMENTS),
  deep,
  pollutingObject,
  manyKeys,
  longString,
);

/** Keys that should never change what an input means. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'role', 'id', 'userId', 'status', ''];

const MARK = '\u{10FFFF}raw:';
const MARKED = new RegExp(`"${MARK}(\\d+)"`, 'gu');

/** The JSON text of a value, with every RawJson in it written as is; '' for undefined. */
export function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text: string | undefined = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawJson)) return item;
    raws.push(item.text);
    return `${MARK}${raws.length - 1}`;
  });
  return text === undefined ? '' : text.replace(MARKED, (_match, index: string) => raws[Number(index)]!);
}
