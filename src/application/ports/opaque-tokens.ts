/** Random bearer secrets that are stored only as a digest. */
export interface OpaqueTokens {
  create(): { value: string; digest: string };
  digest(value: string): string;
}
export const OpaqueTokens = Symbol('OpaqueTokens');
