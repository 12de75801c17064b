import type { core as en } from '../en/core.ts';

export const core: Record<keyof typeof en, string> = {
  'app.name': 'etcd 读路径实验室',
  'app.tagline': '为什么同一个 etcd 读请求，有时 3 微秒，有时 30 毫秒？跟着它走一遍。',
  'lang.label': '语言',
  'theme.label': '主题',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'worker.waiting': '正在询问模拟 Worker…',
  'error.prefix': '错误',
  'footer.about': 'etcd 读路径的静态模拟。你在这里的任何操作都不会离开浏览器。',
};
