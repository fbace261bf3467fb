import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { OPERATIONS } from '../../operations';
import { REST_ONLY_ROUTES } from './rest-only-routes';
import { routeOf } from './route-docs';

const TAGS = [
  { name: 'auth', description: 'Accounts and tokens.' },
  { name: 'products', description: 'The catalog: products.' },
  { name: 'categories', description: 'The catalog: categories.' },
  { name: 'cart', description: "The caller's cart." },
  { name: 'orders', description: 'Checkout and orders.' },
  { name: 'addresses', description: "The caller's address book." },
  { name: 'discounts', description: 'Admin: discount codes.' },
  { name: 'webhooks', description: 'Admin: where events are delivered, and how each delivery went.' },
  { name: 'operations', description: 'REST only (`x-rest-only`): probes and this documentation.' },
];

const DESCRIPTION = [
  'The REST API of Storefront. JSON in and out; errors are RFC 9457 problem details with a stable `code`.',
  'Money is a JSON number in major units with at most 2 decimals; timestamps are ISO-8601 in UTC.',
  "The same use cases are served by tRPC at `/trpc`: an operation's `operationId` is the path of its",
  'procedure, whose input is the body plus the path and query parameters by name. Operations marked',
  '`x-rest-only` have no procedure.',
].join(' ');

function generate(): unknown {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  registry.registerComponent('securitySchemes', 'cartToken', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Cart-Token',
    description: 'The token of a guest cart, from `POST /cart/guest`; used only on requests without `Authorization`.',
  });
  for (const operation of OPERATIONS) registry.registerPath(routeOf(operation));
  for (const route of REST_ONLY_ROUTES) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Storefront API', version: '0.1.0', description: DESCRIPTION },
    tags: TAGS,
  });
}

/**
 * Object keys in alphabetical order, so that the committed document only changes when the API
 * does; the fields of a schema keep the order of their zod shape, which is the order of API.md.
 */
function sortKeys(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([name, inner]) => [name, sortKeys(inner, name)] as const);
  if (key !== 'properties') entries.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return Object.fromEntries(entries);
}

let text: string | undefined;

/** The OpenAPI document as served at /openapi.json and committed as openapi.json. */
export function openApiJson(): string {
  text ??= `${JSON.stringify(sortKeys(generate()), null, 2)}\n`;
  return text;
}
