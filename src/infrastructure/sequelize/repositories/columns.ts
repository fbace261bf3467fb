/** A timestamp column as the drivers hand it back: SQLite keeps timestamps as text. */
export type Timestamp = Date | string;

export const timeOf = (value: Timestamp): Date => new Date(value);

export const timeOrNull = (value: Timestamp | null): Date | null => (value === null ? null : new Date(value));

/** A BOOLEAN column: MySQL and SQLite hand it back as 0 or 1. */
export type Flag = boolean | number;

/** The VALUES of a multi-row INSERT: `rows` groups of `width` placeholders. */
export function valueRows(rows: number, width: number): string {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => row).join(', ');
}
