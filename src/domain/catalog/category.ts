import { ConflictError } from '../shared/errors';
import { optionalDescription, requiredName } from './text';

export const CATEGORY_NAME_MAX_LENGTH = 200;

export interface Category {
  id: number;
  name: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin decides about a category; the store assigns the id and the timestamps. */
export type CategoryFields = Pick<Category, 'name' | 'description'>;

export interface CategoryDraft {
  name: string;
  description?: string | null;
}

export function newCategory(draft: CategoryDraft): CategoryFields {
  return {
    name: requiredName(draft.name, CATEGORY_NAME_MAX_LENGTH),
    description: optionalDescription(draft.description),
  };
}

/** Applies the given changes; a missing (undefined) field keeps its value, null clears the description. */
export function changeCategory(category: CategoryFields, changes: Partial<CategoryDraft>): CategoryFields {
  return newCategory({
    name: changes.name ?? category.name,
    description: changes.description === undefined ? category.description : changes.description,
  });
}

/** Category names are unique regardless of case and surrounding spaces ("Books" and " books "). */
export function categoryNameKey(name: string): string {
  return name.trim().toLowerCase();
}

export const categoryNameTaken = () => new ConflictError('CATEGORY_NAME_TAKEN', 'A category with this name already exists.');

export const categoryInUse = () => new ConflictError('CATEGORY_IN_USE', 'Products still use this category.');
