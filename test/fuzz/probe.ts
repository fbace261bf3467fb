import fc from 'fast-check';
import type { Method, NamedOperation } from '../../src/interfaces/operation';
import { HOSTILE_AUTHORIZATIONS } from './hostile-tokens';
import { type Known, inputArbitrary } from './input-arbitraries';

/** How a body is labelled and encoded; `compress` gzips it, whatever `contentEncoding` claims. */
export interface Envelope {
  contentType?: string;
  contentEncoding?: string;
  compress?: boolean;
  /** Leaves the body out: `none` sends no body at all, `empty` a labelled body of zero bytes. */
  omit?: 'none' | 'empty';
}

/** One fuzz case: an input as tRPC takes it, and what may go wrong around it on the wire. */
export interface Probe {
  input: unknown;
  /** Written as is in place of every path parameter; none takes the input's value. */
  segment: string | undefined;
  /** Written as is at the start of the query string. */
  rawQuery: string | undefined;
  envelope: Envelope;
  /** A verb other than the operation's own. */
  otherVerb: Method | undefined;
  /** What a caller without a session sends as Authorization, if anything. */
  authorization: string | undefined;
}

const JSON_BODY: Envelope = { contentType: 'application/json' };

const ENVELOPES: Envelope[] = [
  { omit: 'none' },
  { contentType: 'application/json', omit: 'empty' },
  { contentType: 'application/json; charset=utf-8' },
  { contentType: 'application/json; charset=latin1' },
  { contentType: 'application/json; charset=utf-16' },
  { contentType: 'application/json; charset=%ZZ' },
  { contentType: 'text/plain' },
  { contentType: 'application/x-www-form-urlencoded' },
  { contentType: 'application/json;;;=' },
  {},
  { contentType: 'application/json', contentEncoding: 'gzip' },
  { contentType: 'application/json', contentEncoding: 'gzip', compress: true },
  { contentType: 'application/json', contentEncoding: 'deflate' },
  { contentType: 'application/json', contentEncoding: 'br' },
  { contentType: 'application/json', contentEncoding: 'identity' },
  { contentType: 'application/json', contentEncoding: 'x-unknown' },
  { contentType: 'application/json', contentEncoding: 'gzip, gzip', compress: true },
];

const SEGMENTS = [
  '0', '-1', '1.5', '1e3', '+1', '%201', '0x1F', '2147483648', '4294967296', '9007199254740993',
  '99999999999999999999', '1'.repeat(300), 'abc', 'NaN', 'Infinity', 'null', '__proto__', 'constructor',
  '%ZZ', '%', '%0', '%00', '1%00', '%2F', '%2e%2e', '%C0%AF', '%ED%A0%80', '%FF', '%F0%9F%9B%92', '1;a=b', '1,2', '%5B%5D', '',
];

const QUERIES = [
  '%ZZ', '%', 'q=%ZZ', 'q=%00', 'q=%ED%A0%80', 'q=%C0%80', 'page=%00', 'page=1&page=2', 'page=-1', 'page=1e3',
  'page=2147483648', 'page=9007199254740993', 'pageSize=%FF', 'pageSize=1.5', 'pageSize=101', 'minPrice=1e308',
  'categoryId=99999999999', 'userId=2147483648', 'inStock=yes', 'status=%00', 'sort=%00', '__proto__=1',
  '__proto__[role]=admin', 'constructor[prototype][x]=1', 'toString=1', '=', '&&&', 'input=%ZZ', 'input=', 'input=%00',
  'input=%7B', 'batch=1',
];

const VERBS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Probes for one operation; mostly its own verb, a JSON body and the input's own path values. */
export function probeArbitrary(operation: NamedOperation, known: Known): fc.Arbitrary<Probe> {
  return fc.record({
    input: inputArbitrary(operation, known),
    segment: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...SEGMENTS) }),
    rawQuery: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...QUERIES) }),
    envelope: fc.oneof({ weight: 5, arbitrary: fc.constant(JSON_BODY) }, { weight: 1, arbitrary: fc.constantFrom(...ENVELOPES) }),
    otherVerb: fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...VERBS.filter((verb) => verb !== operation.method)) },
    ),
    authorization: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_AUTHORIZATIONS) },
    ),
  });
}
