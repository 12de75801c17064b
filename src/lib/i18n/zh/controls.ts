import type { controls as en } from '../en/controls.ts';

export const controls: Record<keyof typeof en, string> = {};
