/** 对比面板在 B 的数字与 A 完全相同时的说明（与 en/compareSame.ts 对应）。 */
import type { compareSame as en } from '../en/compareSame.ts';

export const compareSame: Record<keyof typeof en, string> = {
  'compare.sameFigures':
    'B 也运行了：它的六个数字与 A 的逐位相同，所以在这个模型里，B 的改动对这些读请求没有影响。',
  'compare.sameFigures.sharedHost':
    '这里客户端和所有成员共用一台机器的 CPU 核，而串行读由它到达的成员直接应答、不询问其他成员：由哪个成员应答、有几个成员，代价都一样。',
  'compare.cardsOf.A': '下面的卡片说的是实验 A。要看 B 的，请在上方“读取路径显示”中选 B。',
  'compare.cardsOf.B': '下面的卡片说的是实验 B。要看 A 的，请在上方“读取路径显示”中选 A。',
};
