import { inject, injectable } from 'tsyringe';
import { NotFoundError } from '../../domain/shared/errors';
import { ProductRepository } from '../ports/product-repository';
import { type ProductView, toProductView } from './product-view';

@injectable()
export class GetProduct {
  constructor(@inject(ProductRepository) private readonly products: ProductRepository) {}

  async execute(id: number): Promise<ProductView> {
    const product = await this.products.findById(id);
    if (!product) throw new NotFoundError('Product');
    return toProductView(product);
  }
}
