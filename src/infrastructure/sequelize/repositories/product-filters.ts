import { Op, type Sequelize, type WhereOptions } from 'sequelize';
import type { ProductListQuery } from '../../../application/ports/product-repository';
import type { ProductRow } from '../models/product-model';

const LIKE_ESCAPE = '!';

/** A LIKE pattern that finds `text` anywhere, with `%`, `_` and the escape itself taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (char) => LIKE_ESCAPE + char)}%`;
}

/** The WHERE of the product listing; `!` is the LIKE escape because it means nothing in any dialect's strings. */
export function productFilters(sequelize: Sequelize, query: ProductListQuery): WhereOptions<ProductRow> {
  const conditions: WhereOptions<ProductRow>[] = [{ deletedAt: null }];
  if (query.categoryId !== undefined) conditions.push({ categoryId: query.categoryId });
  if (query.minPrice) conditions.push({ priceCents: { [Op.gte]: query.minPrice.minorUnits } });
  if (query.maxPrice) conditions.push({ priceCents: { [Op.lte]: query.maxPrice.minorUnits } });
  if (query.inStock === true) conditions.push({ quantity: { [Op.gt]: 0 } });
  if (query.inStock === false) conditions.push({ quantity: 0 });
  if (query.q) {
    const pattern = sequelize.escape(containsPattern(query.q));
    const matches = (column: string) => {
      const quoted = sequelize.getQueryInterface().quoteIdentifiers(`Product.${column}`);
      return sequelize.literal(`LOWER(${quoted}) LIKE ${pattern} ESCAPE '${LIKE_ESCAPE}'`);
    };
    conditions.push({ [Op.or]: [matches('name'), matches('description')] } as WhereOptions<ProductRow>);
  }
  return { [Op.and]: conditions };
}
