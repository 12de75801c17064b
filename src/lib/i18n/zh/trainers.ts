import type { trainers as en } from '../en/trainers.ts';

export const trainers: Record<keyof typeof en, string> = {
  'view.notice.embed':
    '链接要求嵌入“{value}”，但它不是可以嵌入的图（可选：{allowed}）；改为显示完整的实验室。',
  'view.notice.lock': '链接要固定“{value}”，但没有这个设置（可选：{allowed}）；已忽略。',
  'view.notice.theme': '链接中的主题“{value}”不受支持（可选：{allowed}）；已忽略。',

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
  'share.title': '分享这个实验',
  'share.close': '关闭',
  // The header's button; the calibration view's own strings come with it (calibration.ts).
  'calibration.open': '校准',
  'share.link': '这个实验的链接',
  'share.abNote': '对比打开时，链接会同时重新打开 A 和 B；嵌入的图只显示实验 A。',
  'share.linkHelp': '打开相同的设置、随机种子和语言，因此得到相同的数字。',
  'share.fileNote':
    '这个页面是从本地文件打开的：它的链接只在这台电脑上有效。把实验室（dist/）放到网站上再分享。',
  'share.copy': '复制',
  'share.copied': '已复制',
  'share.copyFailed': '无法复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
  'share.embed': '嵌入一张图',
  'share.embedHelp':
    '把下面的代码粘贴到课程页面、维基或幻灯片中：图会在读者的浏览器里运行这个实验，并适应框的大小。',
  'share.figure': '图',
  'share.width': '宽度（像素）',
  'share.height': '高度（像素）',
  'share.sizeHelp':
    '至少 {w} × {h}；在此之上任何大小都能适应，图会缩小以适应框。图中最小的文字从 {rw} × {rh} 起才清晰可读（不小于 9 像素）。',
  'share.lang': '语言',
  'share.theme': '配色',
  'share.free': '学员可以调整',
  'share.freeNone': '不可调整（只显示图）',
  'share.frameTitle': '标题（供屏幕阅读器朗读）',
  'share.defaultTitle': 'etcd 读路径实验室：{figure}',
  'share.snippet': '要粘贴的 HTML',
  'share.preview': '预览',
  'share.previewScale': '按原尺寸的 {pct} 显示',
};
