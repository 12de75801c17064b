import type { tour as en } from '../en/tour.ts';

export const tour: Record<keyof typeof en, string> = {
  'tour.start': '跟着讲义导览',
  'tour.startIntro': '沿读路径走十一步：设好实验，先预测，再看模型的数字与讲义的数字并列。',
  'tour.counter': '第 {n} 步，共 {count} 步',
  'tour.prev': '← 上一步',
  'tour.next': '下一步 →',
  'tour.leave': '退出导览（保留当前实验）',
  'tour.link': '本步链接',
  'tour.predict': '先预测，再看答案：',
  'tour.reveal': '显示答案',
  'tour.cover':
    '先预测：在上方的导览中选一个答案，或点“显示答案”，数字就会出现在这里。下面的读路径显示请求在哪里等待。',
  'tour.running': '模型正在运行本步的实验……',
  'tour.right': '你的预测与模型一致。',
  'tour.wrong': '模型的答案：{answer}',
  'tour.stage': '请看读路径中标出的阶段：{stage}。',
  'tour.source.lecture': '唐聪《etcd实战课》（极客时间，2021）第 16 讲',
  'tour.source.etcd-performance': 'etcd.io 官方性能页（Performance）',
  'tour.measuredOn': '测量环境：{what}',
  'tour.keys': '按键：← 与 → 切换步骤。',
  'tour.about':
    '本实验室基于唐聪《etcd实战课》（极客时间）第 16 讲“性能及稳定性（上）：如何优化及扩展etcd性能？”（2021）与 etcd 官方性能页（etcd.io）。它们的数字与模型的数字并列并注明测量环境；其余数字都来自模型。',
  'tour.skipResults': '跳到结果',
  'tour.skipChain': '跳到读路径',
} as const;
