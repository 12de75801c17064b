import type { trainers as en } from '../en/trainers.ts';

export const trainers: Record<keyof typeof en, string> = {
  'view.notice.embed':
    '链接要求嵌入“{value}”，但它不是可以嵌入的图（可选：{allowed}）；改为显示完整的实验室。',
  'view.notice.lock': '链接要固定“{value}”，但没有这个设置（可选：{allowed}）；已忽略。',
  'view.notice.theme': '链接中的主题“{value}”不受支持（可选：{allowed}）；已忽略。',
  'embed.notice.tourSets': '导览的每一步都有自己的实验，所以链接中的 {names} 没有使用。',
  'view.notice.empty': '链接中的“{key}”没有给出值（可选：{allowed}）；已忽略。',

  'embed.figure.chain': '读路径动画',
  'embed.figure.results': '吞吐、延时与时间花在哪里',
  'embed.figure.tour': '讲义导览，一步一步',
  'embed.openFull': '在完整实验室中打开',
  'embed.newTab': '（在新标签页中打开）',
  'embed.settings': '设置（{n}）',
  'embed.settingsTitle': '可以调整的设置',
  'embed.settingsClose': '关闭',
  'embed.estimate': '估算',
  'embed.running': '模拟中…',
  'embed.failed': '模拟失败：{message}',
  'embed.waiting': '模拟中…',
  'embed.stages': '每个请求在各阶段的平均耗时',

  'lock.note': '这个链接为课程固定了 {n} 个设置；其余设置在下面。',
  'lock.reset': '回到课程的初始设置',
  'lock.unlock': '打开全部设置',

  'share.open': '分享或嵌入',
  // The header's button; the calibration view's own strings come with it (calibration.ts).
  'calibration.open': '校准',
};
