import type { presets as en } from '../en/presets.ts';

/** The presets' titles, stories and notices, in 简体中文 (en/presets.ts). */
export const presets: Record<keyof typeof en, string> = {
  'controls.presets.title': '预设实验：从其中一个开始',
  'controls.presets.article': '文章中的实测',
  'controls.presets.teaching': '教学起点',
  'controls.presets.load': '载入',
  'controls.presets.loaded': '已载入',
  'controls.presets.articleSays': '讲义',
  'controls.presets.modelSays': '模型',
  'controls.presets.source':
    '来源：唐聪《etcd实战课》（极客时间，2021）第 16 讲。测量环境：{what}。',
  'controls.presets.measuredOn.article-3x8c':
    '三个 etcd 3.4.9 成员（8 核 / 16 GB、SSD），16 核客户端，同一可用区（RTT 0.1–0.2 ms），etcd 自带 benchmark 工具',
  'controls.presets.measuredOn.article-16c-auth':
    '16 核 / 32 GB 机器，改为调用 Authenticate 的 benchmark，200 个客户端、200 条连接',
  'controls.presets.notRun': '尚未运行',
  'controls.presets.running': '运行中…',
  'controls.presets.qpsAvg': '{qps} 请求/秒，平均 {avg}',
  'controls.presets.qpsP99': '{qps} 请求/秒，P99 {p99}',
  'controls.presets.qpsP99Below': '{qps} 请求/秒，P99 < {p99}',
  'controls.presets.qpsAvgP99': '{qps} 请求/秒，平均 {avg}，P99 {p99}',
  'controls.presets.gap.title': '模型为何与课程不同',
  'controls.presets.gap.qps':
    '模型的吞吐量是 {model} 请求/秒，与课程的 {lecture} 请求/秒相差 {off}，超出了校准允许的 ±{tol}。',
  'controls.presets.gap.avg':
    '模型中请求平均 {model}，与课程的 {lecture} 相差 {off}，超出了校准允许的 ±{tol}。',
  'controls.presets.gap.p99Little':
    '课程给出的 P99 低于 {bound}，与它自己的吞吐量难以同时成立：{clients} 个客户端、{qps} 请求/秒时，每个请求平均要等 {little}（Little 定律：客户端数 ÷ 每秒请求数）。P99 低于 {bound}，意味着 99% 的请求都比这个平均值更快，而最慢的 1% 要慢得多。模型中请求平均 {avg}，P99 为 {p99}。',
  'controls.presets.gap.p99': '模型的 P99 为 {p99}，高于课程给出的上限 {bound}。',
  'controls.preset.serializable-1000c.notice':
    '注意 ReadIndex 这一行是空的：串行读跳过了向领导者的确认，同样的机器每秒能服务线性读预设的约 1.7 倍。',
  'controls.preset.linearizable-1000c.notice':
    '注意 ReadIndex 这一行：每次读都要先等领导者确认自己仍是领导者，吞吐降到约 204,000/s（讲义实测 190,000/s）。',
  'controls.preset.large-value-1mb.notice':
    '注意响应阶段：把 1 MiB 传给客户端几乎占去了每次读的全部时间。',
  'controls.preset.authenticate-3.4.8.notice':
    '注意 Authenticate 阶段：登录一个一个地排队等后端锁，所以每秒只能完成约 12 次。',
  'controls.preset.authenticate-3.4.9.notice':
    '注意同一阶段现在在所有核上同时比较密码：每秒登录数约是 3.4.9 之前的 16 倍。',
  'controls.preset.healthy.notice': '注意 ReadIndex 这一轮是最长的阶段，而它仍然不到一毫秒。',
  'controls.preset.password-per-request.notice':
    '注意 Authenticate（bcrypt）远超其他所有阶段：每次读都要付一次密码校验的代价。',
  'controls.preset.cross-region.notice':
    '注意 ReadIndex：每一轮都要等地域之间 40 ms 的往返，平均每次读超过 100 ms。跟随者的一轮还要去领导者再回来，所以跟随者上的读耗时约为领导者上的两倍：三分之一的读落在领导者上，平均值因此低于中位数。',
  'controls.preset.heavy-writes.notice':
    '注意 ReadIndex 这一行：读的大部分时间花在这一轮等待 raft 循环上——raft 循环要先把每批写入存进 WAL（这些网络盘上一次 fsync 约 4 ms），才能发出或回应这一轮的心跳（领导者和回应它的跟随者都是如此）；这一轮之后，读循环还要短暂地等本成员应用完这些写入（见 ReadIndex 表的最后一列）。',
  'controls.preset.list-all-pods.notice':
    '注意响应阶段：每次读返回 5,000 个 2 KiB 的键。请改用分页、watch 或拆分前缀。',
  'controls.presets.notice': '看点',
  'controls.preset.serializable-1000c.title': '串行读，1000 个客户端',
  'controls.preset.serializable-1000c.desc':
    '一个 key，无写入，三个 8 核成员：benchmark 的最好情况。',
  'controls.preset.linearizable-1000c.title': '线性读，1000 个客户端',
  'controls.preset.linearizable-1000c.desc':
    '同样的测试换成 etcd 默认的读模式：每次读都要等 ReadIndex。',
  'controls.preset.large-value-1mb.title': '1 MiB 的 value',
  'controls.preset.large-value-1mb.desc': '读取一个 1 MiB 的 key：决定速度的是网络，而不是 etcd。',
  'controls.preset.authenticate-3.4.8.title': '3.4.9 之前的 Authenticate',
  'controls.preset.authenticate-3.4.8.desc': 'bcrypt 在后端锁内执行，密码校验只能一个接一个排队。',
  'controls.preset.authenticate-3.4.9.title': '3.4.9 起的 Authenticate',
  'controls.preset.authenticate-3.4.9.desc': '锁的范围缩小了：密码校验可以用上所有 CPU 核。',
  'controls.preset.healthy.title': '健康的集群',
  'controls.preset.healthy.desc': '三个成员在同一可用区，复用 token，客户端轮询，少量写入。',
  'controls.preset.password-per-request.title': '密码认证但不复用 token',
  'controls.preset.password-per-request.desc':
    '每次读都新建客户端并调用 Authenticate：bcrypt 占据了整条链路。',
  'controls.preset.cross-region.title': '跨地域部署的成员',
  'controls.preset.cross-region.desc': '成员相距 40 毫秒：每轮 ReadIndex 都要付一次跨地域往返。',
  'controls.preset.heavy-writes.title': '大量写入',
  'controls.preset.heavy-writes.desc':
    '网络盘上每秒 5,000 次写入时的读。每隔 100 ms，后端提交在繁忙的磁盘上 fsync 期间一直持有 readTx 锁：碰上的读请求要在 boltdb 里等它，尾部随之变长：最慢的 1% 约为平均值的两倍，而没有这些写入时不到 1.5 倍。',
  'controls.preset.list-all-pods.title': '列出所有 Pod',
  'controls.preset.list-all-pods.desc':
    '每次读返回 5,000 个 2 KiB 的 key，就像不分页的 Kubernetes list。',
};
