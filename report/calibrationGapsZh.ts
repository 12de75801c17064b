// The Chinese of calibrationGaps.ts, row for row (the calibration view shows it under a missed
// row when the page is in Chinese). A row added there is added here in the same change: a test
// holds the two to the same rows.
import type { CalibrationRowId } from '../workers/contract/calibrationRows.ts';
const LITTLE =
  '按利特尔定律，1,000 个客户端每 {cycle} ms 循环一次，而平均延时是 {avg} ms：这个来源的客户端' +
  '每个请求在计时之外还要花约 {outside} ms，而来源没有描述那台机器；模型的客户端在那里只花几微秒。';

/** Why each row the model misses today misses: calibrationGaps.ts's KNOWN_GAPS in Chinese. */
export const KNOWN_GAPS_ZH: Partial<Record<CalibrationRowId, string>> = {
  'lecture.authenticate-3.4.8.qps':
    '3.4.8 及以前，bcrypt 是在持有 BatchTx 锁时运行的，所以一个成员一次只能校验一个密码：' +
    '1 / 80 ms = 每秒 12.5 次，也就是课程说的“不到 16 次/秒”。模型里有 etcd 3.4.8 实际存在的车队' +
    '效应——每次调用的 ReadIndex 一轮都要等成员 apply，而 apply 循环每个条目都要拿这把锁，按 FIFO' +
    '（Go 的饥饿模式）排在先来的每一次密码比较之后——它让各轮 ReadIndex、密码比较和写入 token 的 ' +
    'apply 在锁上串行，锁一直是忙的（200 个客户端时 99.9996%，每轮 42.6 次调用，每秒 12.49 次）。' +
    '要达到每秒 8 次，锁得有三分之一的时间空闲；只要 200 个客户端让比较一直排着队，etcd 的路径上' +
    '就没有什么能让它空下来。',
  'etcd.io.s-1c.avgMs':
    '平均延时只公布到 0.1 ms（0.25–0.35 ms），而它自己单客户端每秒 2,909 次，按利特尔定律上限是 ' +
    '0.344 ms；模型的平均延时跟着它的 QPS 走。',
  'etcd.io.l-1000c.avgMs': LITTLE.replace('{cycle}', '7.1')
    .replace('{avg}', '5.5')
    .replace('{outside}', '1.6'),
  'etcd.io.s-1000c.avgMs': LITTLE.replace('{cycle}', '5.4')
    .replace('{avg}', '2.2')
    .replace('{outside}', '3.2'),
};
