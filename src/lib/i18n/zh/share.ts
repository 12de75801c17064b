import type { share as en } from '../en/share.ts';

export const share: Record<keyof typeof en, string> = {
  'share.title': '分享这个实验',
  'share.close': '关闭',
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
