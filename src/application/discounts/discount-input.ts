import type { DiscountDraft } from '../../domain/discounts/discount-draft';
import { Money } from '../../domain/shared/money';
import type { CreateDiscountInput, UpdateDiscountInput } from './schemas';

/** The draft a parsed create input describes. */
export function draftFrom(input: CreateDiscountInput): DiscountDraft {
  const minSubtotal = Money.ofMajor(input.minSubtotal, 'minSubtotal');
  return { ...input, minSubtotal, startsAt: instantOf(input.startsAt), endsAt: instantOf(input.endsAt) };
}

/** The changes a parsed update input describes; what it leaves out stays undefined. */
export function changesFrom(input: UpdateDiscountInput): Partial<DiscountDraft> {
  const minSubtotal = input.minSubtotal === undefined ? undefined : Money.ofMajor(input.minSubtotal, 'minSubtotal');
  return { ...input, minSubtotal, startsAt: instantOf(input.startsAt), endsAt: instantOf(input.endsAt) };
}

function instantOf<T extends null | undefined>(text: string | T): Date | T {
  return typeof text === 'string' ? new Date(text) : text;
}
