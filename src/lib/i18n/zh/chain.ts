import type { chain as en } from '../en/chain.ts';

export const chain: Record<keyof typeof en, string> = {};
