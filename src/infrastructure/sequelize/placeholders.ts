/** `?` placeholders as PostgreSQL numbers them; none of the statements given here hold a `?` in a literal. */
export const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
