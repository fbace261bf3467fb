import etag from 'etag';

/** A weak validator of a JSON answer: equal answers, byte for byte, get equal tags. */
export const entityTagOf = (json: string): string => etag(json, { weak: true });

/**
 * Whether `If-None-Match` names this tag, compared weakly as RFC 9110 says for GET. Unlike
 * Express's freshness check, a request's own `Cache-Control: no-cache` does not matter: it asks
 * to revalidate, which is what a matching tag does.
 */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(tag));
}
