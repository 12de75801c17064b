import type { controlsHelp as en } from '../en/controlsHelp.ts';

/** Each control's help sentence in Chinese (the English ones come with the controls: en/controlsHelp.ts). */
export const controlsHelp: Record<keyof typeof en, string> = {
  'controls.param.clients.help':
    '并发客户端数量，每个客户端收到响应后立即发出下一个请求：客户端越多，每个阶段的排队越长。',
  'controls.param.conns.help':
    '客户端共享的 gRPC 连接数；第 i 个客户端使用第 i mod conns 条连接，每条连接固定到一个成员（轮询时轮流用各个成员）。同一条连接上的请求共用它的读和写：一次系统调用带走所有在等的消息，所以机器忙时，每条连接上的客户端越多，每个读就越便宜。',
  'controls.param.endpoints.help':
    '客户端配置的成员数量；读请求只会发往列出的成员（学习者排在最后）。',
  'controls.param.lb.help':
    '请求如何选择成员——链路的第一步；固定连接的客户端会压垮一个成员，其他成员却很空闲。',
  'controls.param.total.help':
    '完成多少个请求后结束，相当于 benchmark 的 --total；请求越多结果越稳定，但耗时越长。',
  'controls.param.rate.help':
    '所有客户端合计每秒最多发出的请求数，相当于 --rate；0 表示收到响应就立即发送。',
  'controls.param.auth.help':
    '每个请求如何证明身份；每次请求都用密码会调用 Authenticate，在成员 CPU 上执行 bcrypt。',
  'controls.param.etcdVersion.help':
    '只改变锁的范围：3.4.9 之前 bcrypt 在后端锁内执行；后续版本缩小了 RBAC 与 boltdb 的锁。',
  'controls.param.bcryptCost.help':
    'Authenticate 中一次密码校验的 CPU 开销；每加 1 翻一倍（etcd 使用 10）。',
  'controls.param.bcrypt10Ms.help':
    '参考核上成本因子为 10 时一次密码比对的耗时；成本每加 1 翻一倍，再除以机器的纯计算速度。50 毫秒是 Go 在现代 x86 核上的耗时；下方的 bcrypt 实验可以把你自己设备的耗时填到这里。',
  'controls.param.rbacRules.help':
    '用户的权限区间数量；每次读请求的 RBAC 检查都要查找它们（O(log n)）。',
  'controls.param.request.help':
    '每个客户端发送什么：Range 读请求，或像文章中改造过的 benchmark 那样调用 Authenticate。',
  'controls.param.readMode.help':
    '线性读要等一轮 ReadIndex 和 apply 进度；串行读直接由本地成员立即应答。',
  'controls.param.valueBytes.help':
    '每个读取的 value 大小；大 value 的拷贝和序列化耗 CPU，发送耗网卡时间（etcd 拒绝超过 1.5 MiB 的请求）。',
  'controls.param.rangeResult.help':
    '通常返回 key 和 value；只返回 key 时成员仍从 boltdb 读出每一条，只是不发送 value；只返回数量时成员只遍历索引，不读 boltdb。',
  'controls.param.keysPerRange.help':
    '一次 Range 返回的 key 数；treeIndex 遍历和 boltdb 拷贝随之增长（列出所有 Pod 就是一次超大 Range）。',
  'controls.param.totalKeys.help': '内存索引中的 key 数量；treeIndex 查找的开销随其对数增长。',
  'controls.param.members.help': '有投票权的成员数；一轮 ReadIndex 要等多数派（quorum）确认。',
  'controls.param.learner.help':
    '增加一个没有投票权的成员，它只能处理串行读；发给它的线性读会失败。',
  'controls.param.writeQps.help':
    '读的同时每秒写入的次数；每次写都要复制、fsync 和 apply，线性读因此要等 apply 循环。',
  'controls.param.writeValueBytes.help':
    '每次后台写入的大小；条目越大，复制、fsync 和 apply 越慢。',
  'controls.param.compactionMs.help':
    '多久压缩一次历史版本；压缩会持有 treeIndex 写锁，读请求要在它后面等待。',
  'controls.param.sharedHost.help':
    '客户端和所有成员运行在同一台机器上（用 goreman、docker compose 或 kind 在笔记本上搭的集群）：它们共用这台机器的 CPU 核，通过回环网络通信，所以增加成员或把读请求分散到跟随者 并不会多出 CPU。此时不使用客户端 CPU 核数。',
  'controls.param.serverCores.help':
    '每个成员的 CPU 核数；请求处理、bcrypt 和序列化在这些核上并行执行。全部在一台机器上时，是这台机器的核数，由客户端和所有成员共用。',
  'controls.param.clientCores.help':
    '客户端机器的 CPU 核数，它负责序列化每个请求、反序列化每个响应（全部在一台机器上时不使用）。',
  'controls.param.cpuSpeed.help':
    '单核处理每个请求（系统调用、网络、序列化）的速度，相对于成本表参考核的倍数；除纯计算外的所有 CPU 开销都除以它。',
  'controls.param.bcryptSpeed.help':
    '单核做纯计算的速度，相对于参考核的倍数；纯计算指 bcrypt，以及 Go 运行时在进程内、不复制消息的工作（线性读在 goroutine 之间的交接、raft 的处理步骤），这些开销都除以它。大多数机器上它就等于单核速度；etcd.io 的配置给它的 vCPU 取了更快的值（推断）。',
  'controls.param.nicGbps.help': '每台机器的网卡带宽；每个响应都要经过成员和客户端的网卡。',
  'controls.param.clientRttMs.help': '客户端与成员之间的往返时延；每个请求付一次。',
  'controls.param.peerRttMs.help': '成员之间的往返时延；每轮 ReadIndex 和每次写复制都要付出。',
  'controls.param.fsyncMs.help':
    'WAL 或 db 文件一次 fsync 的时间；它决定写入和后端提交的节奏，进而决定线性读的 apply 等待。',
  'controls.param.seed.help':
    '模拟所用随机数的种子：决定哪些任务在核上被拖慢、共享主机上哪些请求要在繁忙的核心上等轮到自己（尾延时），以及写入何时到达。种子相同，结果完全相同；换一个种子，就换一组抽样。',
};
