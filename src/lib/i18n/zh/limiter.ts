/** 四类时间、链路下方的一行瓶颈说明、资源名称（首屏所需）。 */
import type { limiter as en } from '../en/limiter.ts';

export const limiter: Record<keyof typeof en, string> = {
  'limiter.kind.lock': '等锁',
  'limiter.kind.queue': '等 CPU 核、网卡、磁盘或循环',
  'limiter.kind.flight': '在网络上或 raft 中',
  'limiter.kind.service': '服务中',
  'limiter.kindShort.lock': '等锁',
  'limiter.kindShort.queue': '排队',
  'limiter.kindShort.flight': '在途',
  'limiter.kindShort.service': '服务',
  'limiter.phrase.readIndex.queue': '等读循环（忙于前一轮）或等这一轮路径上的 CPU 核、raft 循环',
  'limiter.phrase.readIndex.flight': '在成员之间的 ReadIndex 往返中',
  'limiter.phrase.applyWait.lock': '等 apply 循环，而它被 BatchTx 锁挡住',
  'limiter.phrase.applyWait.queue': '等 apply 循环处理完之前的条目',
  'limiter.phrase.authenticate.lock': '等 BatchTx 锁',
  'limiter.phrase.authenticate.queue': '等 CPU 核或循环',
  'limiter.phrase.authenticate.service': '在做 bcrypt 比对和自身的工作',
  'limiter.phrase.boltdb.lock': '等 readTx 锁（后端提交持有它）',
  'limiter.phrase.treeIndex.lock': '等 treeIndex 锁',
  'limiter.phrase.network.queue': '等网卡或 CPU 核',
  'limiter.phrase.network.flight': '在网络上',
  'limiter.phrase.response.queue': '等网卡或 CPU 核',
  'limiter.phrase.response.flight': '在网络上',

  'limiter.note.resource': '瓶颈：{resource}，被请求占用 {util}：最多 {bound} 请求/秒。',
  'limiter.note.rate': '限制：--rate 上限 {rate} 请求/秒。',
  'limiter.note.clients':
    '没有资源饱和：{clients} 个客户端在等各自的请求，大部分时间在{stage}（{kind}）。',
  'limiter.note.none': '没有请求完成。',
  'limiter.mostTime': '大部分时间',

  'results.rname.cpu': 'CPU',
  'results.rname.nic.tx': '网卡（发送）',
  'results.rname.nic.rx': '网卡（接收）',
  'results.rname.disk': '磁盘',
  'results.rname.raftLoop': 'raft 循环',
  'results.rname.benchLoop': '压测循环',
  'results.rname.lock.batchTx': 'BatchTx 锁',
  'results.rname.lock.readTx': 'readTx 锁',
  'results.rname.lock.treeIndex': 'treeIndex 锁',
  'results.rname.lock.token': 'token 互斥锁',
};
