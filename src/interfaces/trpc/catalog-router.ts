import {
  createCategoryInput,
  createProductInput,
  listCategoriesInput,
  listProductsInput,
  updateCategoryInput,
  updateProductInput,
} from '../../application/catalog/schemas';
import { idInput } from '../../application/shared/ids';
import { authedProcedure, publicProcedure, router } from './trpc';

export const productsRouter = router({
  list: publicProcedure
    .input(listProductsInput.prefault({}))
    .query(({ input, ctx }) => ctx.useCases.listProducts.execute(input)),
  byId: publicProcedure.input(idInput).query(({ input, ctx }) => ctx.useCases.getProduct.execute(input.id)),
  create: authedProcedure
    .input(createProductInput)
    .mutation(({ input, ctx }) => ctx.useCases.createProduct.execute(input, ctx.actor)),
  update: authedProcedure
    .input(updateProductInput.extend(idInput.shape))
    .mutation(({ input: { id, ...changes }, ctx }) => ctx.useCases.updateProduct.execute(id, changes, ctx.actor)),
  delete: authedProcedure.input(idInput).mutation(async ({ input, ctx }) => {
    await ctx.useCases.deleteProduct.execute(input.id, ctx.actor);
    return null;
  }),
});

export const categoriesRouter = router({
  list: publicProcedure
    .input(listCategoriesInput.prefault({}))
    .query(({ input, ctx }) => ctx.useCases.listCategories.execute(input)),
  byId: publicProcedure.input(idInput).query(({ input, ctx }) => ctx.useCases.getCategory.execute(input.id)),
  create: authedProcedure
    .input(createCategoryInput)
    .mutation(({ input, ctx }) => ctx.useCases.createCategory.execute(input, ctx.actor)),
  update: authedProcedure
    .input(updateCategoryInput.extend(idInput.shape))
    .mutation(({ input: { id, ...changes }, ctx }) => ctx.useCases.updateCategory.execute(id, changes, ctx.actor)),
  delete: authedProcedure.input(idInput).mutation(async ({ input, ctx }) => {
    await ctx.useCases.deleteCategory.execute(input.id, ctx.actor);
    return null;
  }),
});
