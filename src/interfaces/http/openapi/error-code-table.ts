import { ERROR_CODES, type ErrorCode, classOf } from '../../errors';

const BEGIN = '<!-- error codes: written by npm run openapi -->';
const END = '<!-- end of error codes -->';

/** The README's table of error codes, made from the one declaration of them. */
export function errorCodeTable(): string {
  const rows = Object.entries(ERROR_CODES).map(
    ([code, { meaning }]) => `| \`${code}\` | ${classOf(code as ErrorCode).status} | ${meaning} |`,
  );
  return [BEGIN, '| code | status | meaning |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** The README with its error-code table made anew; the table goes where the markers stand. */
export function withErrorCodeTable(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error('The README has no error-code table markers.');
  return readme.slice(0, begin) + errorCodeTable() + readme.slice(end + END.length);
}
