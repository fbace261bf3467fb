import { Op, type Sequelize, type WhereOptions } from 'sequelize';
import type { ProductListQuery } from '../../../application/ports/product-repository';
import type { ProductRow } from '../models/product-model';

const LIKE_ESCAPE = '!';

/** A LIKE pattern that finds `text` anywhere, with `%`, `_` and the escape itself taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (char) => LIKE_ESCAPE + char)}%`;
}

/**
 * The WHERE of the product listing. `q` is matched against the stored search text, lower-cased
 * like the pattern; `!` is the LIKE escape because it means nothing in any dialect's strings.
 */
export function productFilters(sequelize: Sequelize, query: ProductListQuery): WhereOptions<ProductRow> {
  const conditions: WhereOptions<ProductRow>[] = [{ deletedAt: null }];
  if (query.categoryId !== undefined) conditions.push({ categoryId: query.categoryId });
  if (query.minPrice) conditions.push({ priceCents: { [Op.gte]: query.minPrice.minorUnits } });
  if (query.maxPrice) conditions.push({ priceCents: { [Op.lte]: query.maxPrice.minorUnits } });
  if (query.inStock === true) conditions.push({ quantity: { [Op.gt]: 0 } });
  if (query.inStock === false) conditions.push({ quantity: 0 });
  if (query.q) {
    const searchText = sequelize.getQueryInterface().quoteIdentifiers('Product.search_text');
    const pattern = sequelize.escape(containsPattern(query.q));
    conditions.push(sequelize.literal(`${searchText} LIKE ${pattern} ESCAPE '${LIKE_ESCAPE}'`) as WhereOptions<ProductRow>);
  }
  return { [Op.and]: conditions };
}
