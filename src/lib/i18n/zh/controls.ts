import type { controls as en } from '../en/controls.ts';

export const controls: Record<keyof typeof en, string> = {
  'controls.title': '实验参数',
  'controls.show': '显示参数',
  'controls.hide': '隐藏参数',
  'controls.reset': '恢复默认值',
  'controls.copyLink': '复制本实验的链接',
  'controls.linkCopied': '链接已复制',
  'controls.range': '{min} – {max} {unit}',
  'controls.default': '默认 {value}',
  'controls.limitedBy': '不能超过{label}（{value}）：请先调高它',
  'controls.invalidNumber': '未应用：请输入 {min} 到 {max} 之间的数。',
  'controls.invalidInt': '未应用：请输入 {min} 到 {max} 之间的整数。',
  'controls.slider': '{label}（滑块）',
  'controls.on': '开',
  'controls.off': '关',

  'controls.group.client': '客户端与负载均衡',
  'controls.group.auth': '认证',
  'controls.group.read': '读请求',
  'controls.group.cluster': '集群',
  'controls.group.workload': '写入负载',
  'controls.group.machines': '机器与网络',

  'controls.param.clients.label': '客户端数',
  'controls.param.clients.unit': '个客户端',
  'controls.param.clients.help':
    '并发客户端数量，每个客户端收到响应后立即发出下一个请求：客户端越多，每个阶段的排队越长。',
  'controls.param.conns.label': '连接数',
  'controls.param.conns.unit': '条连接',
  'controls.param.conns.help':
    '客户端共享的 gRPC 连接数；第 i 个客户端使用第 i mod conns 条连接，每条连接固定到一个节点。',
  'controls.param.endpoints.label': 'Endpoints 数',
  'controls.param.endpoints.unit': '个节点',
  'controls.param.endpoints.help':
    '客户端配置的节点数量；读请求只会发往列出的节点（学习者节点排在最后）。',
  'controls.param.lb.label': '负载均衡',
  'controls.param.lb.help':
    '请求如何选择节点——链路的第一步；固定连接的客户端会压垮一个节点，其他节点却很空闲。',
  'controls.param.total.label': '请求总数',
  'controls.param.total.unit': '个请求',
  'controls.param.total.help':
    '完成多少个请求后结束，相当于 benchmark 的 --total；请求越多结果越稳定，但耗时越长。',
  'controls.param.rate.label': '限速',
  'controls.param.rate.unit': '请求/秒（0 = 不限）',
  'controls.param.rate.help':
    '所有客户端合计每秒最多发出的请求数，相当于 --rate；0 表示收到响应就立即发送。',
  'controls.param.auth.label': '认证方式',
  'controls.param.auth.help':
    '每个请求如何证明身份；每次请求都用密码会调用 Authenticate，在节点 CPU 上执行 bcrypt。',
  'controls.param.etcdVersion.label': 'etcd 版本',
  'controls.param.etcdVersion.help':
    '只改变锁的范围：3.4.9 之前 bcrypt 在后端锁内执行；后续版本缩小了 RBAC 与 boltdb 的锁。',
  'controls.param.bcryptCost.label': 'bcrypt 成本因子',
  'controls.param.bcryptCost.unit': 'log₂ 轮数',
  'controls.param.bcryptCost.help':
    'Authenticate 中一次密码校验的 CPU 开销；每加 1 翻一倍（etcd 使用 10）。',
  'controls.param.bcrypt10Ms.label': '成本 10 时的 bcrypt 耗时',
  'controls.param.bcrypt10Ms.unit': '毫秒/次比对',
  'controls.param.bcrypt10Ms.help':
    '参考核上成本因子为 10 时一次密码比对的耗时；成本每加 1 翻一倍，再除以 CPU 速度。50 毫秒是 Go 在现代 x86 核上的耗时；下方的 bcrypt 实验可以把你自己设备的耗时填到这里。',
  'controls.param.rbacRules.label': 'RBAC 权限数',
  'controls.param.rbacRules.unit': '条权限',
  'controls.param.rbacRules.help':
    '用户的权限区间数量；每次读请求的 RBAC 检查都要查找它们（O(log n)）。',
  'controls.param.request.label': '请求类型',
  'controls.param.request.help':
    '每个客户端发送什么：Range 读请求，或像文章中改造过的 benchmark 那样调用 Authenticate。',
  'controls.param.readMode.label': '读模式',
  'controls.param.readMode.help':
    '线性读要等一轮 ReadIndex 和 apply 进度；串行读直接由本地节点立即应答。',
  'controls.param.valueBytes.label': 'Value 大小',
  'controls.param.valueBytes.unit': '字节',
  'controls.param.valueBytes.help':
    '每个读取的 value 大小；大 value 的拷贝和序列化耗 CPU，发送耗网卡时间（etcd 拒绝超过 1.5 MiB 的请求）。',
  'controls.param.rangeResult.label': 'Range 返回',
  'controls.param.rangeResult.help':
    '通常返回 key 和 value；只返回 key 时节点仍从 boltdb 读出每一条，只是不发送 value；只返回数量时节点只遍历索引，不读 boltdb。',
  'controls.param.keysPerRange.label': '每次 Range 的 key 数',
  'controls.param.keysPerRange.unit': '个 key',
  'controls.param.keysPerRange.help':
    '一次 Range 返回的 key 数；treeIndex 遍历和 boltdb 拷贝随之增长（列出所有 Pod 就是一次超大 Range）。',
  'controls.param.totalKeys.label': '存储中的 key 总数',
  'controls.param.totalKeys.unit': '个 key',
  'controls.param.totalKeys.help': '内存索引中的 key 数量；treeIndex 查找的开销随其对数增长。',
  'controls.param.members.label': '节点数',
  'controls.param.members.unit': '个节点',
  'controls.param.members.help': '有投票权的节点数；一轮 ReadIndex 要等多数派（quorum）确认。',
  'controls.param.learner.label': '学习者节点（Learner）',
  'controls.param.learner.help':
    '增加一个没有投票权的节点，它只能处理串行读；发给它的线性读会失败。',
  'controls.param.writeQps.label': '后台写入',
  'controls.param.writeQps.unit': '次 put/秒',
  'controls.param.writeQps.help':
    '读的同时每秒写入的次数；每次写都要复制、fsync 和 apply，线性读因此要等 apply 循环。',
  'controls.param.writeValueBytes.label': '写入 value 大小',
  'controls.param.writeValueBytes.unit': '字节',
  'controls.param.writeValueBytes.help':
    '每次后台写入的大小；条目越大，复制、fsync 和 apply 越慢。',
  'controls.param.compactionMs.label': '压缩间隔',
  'controls.param.compactionMs.unit': '毫秒（0 = 关闭）',
  'controls.param.compactionMs.help':
    '多久压缩一次历史版本；压缩会持有 treeIndex 写锁，读请求要在它后面等待。',
  'controls.param.sharedHost.label': '全部运行在一台机器上',
  'controls.param.sharedHost.help':
    '客户端和所有节点运行在同一台机器上（用 goreman、docker compose 或 kind 在笔记本上搭的集群）：它们共用这台机器的节点 CPU 核，通过回环网络通信，所以增加节点或把读请求分散到 follower 并不会多出 CPU。此时不使用客户端 CPU 核数。',
  'controls.param.serverCores.label': '节点 CPU 核数',
  'controls.param.serverCores.unit': '核',
  'controls.param.serverCores.help':
    '每个节点的 CPU 核数；请求处理、bcrypt 和序列化在这些核上并行执行。全部在一台机器上时，是这台机器的核数，由客户端和所有节点共用。',
  'controls.param.clientCores.label': '客户端 CPU 核数',
  'controls.param.clientCores.unit': '核',
  'controls.param.clientCores.help':
    '客户端机器的 CPU 核数，它负责序列化每个请求、反序列化每个响应（全部在一台机器上时不使用）。',
  'controls.param.cpuSpeed.label': 'CPU 速度',
  'controls.param.cpuSpeed.unit': '× 参考核',
  'controls.param.cpuSpeed.help': '单核速度相对于成本表参考核的倍数；所有 CPU 开销都除以它。',
  'controls.param.nicGbps.label': '网卡带宽',
  'controls.param.nicGbps.unit': 'Gbit/s',
  'controls.param.nicGbps.help': '每台机器的网卡带宽；每个响应都要经过节点和客户端的网卡。',
  'controls.param.clientRttMs.label': '客户端 ↔ 节点 RTT',
  'controls.param.clientRttMs.unit': '毫秒',
  'controls.param.clientRttMs.help': '客户端与节点之间的往返时延；每个请求付一次。',
  'controls.param.peerRttMs.label': '节点 ↔ 节点 RTT',
  'controls.param.peerRttMs.unit': '毫秒',
  'controls.param.peerRttMs.help': '节点之间的往返时延；每轮 ReadIndex 和每次写复制都要付出。',
  'controls.param.fsyncMs.label': '磁盘 fsync',
  'controls.param.fsyncMs.unit': '毫秒',
  'controls.param.fsyncMs.help':
    'WAL 或 db 文件一次 fsync 的时间；它决定写入和后端提交的节奏，进而决定线性读的 apply 等待。',
  'controls.param.seed.label': '随机种子',
  'controls.param.seed.help': '模拟所用随机数的种子；种子相同，结果完全相同。',

  'controls.choice.lb.per-conn': '按连接固定（benchmark 工具）',
  'controls.choice.lb.round-robin': '轮询（clientv3 ≥ 3.4）',
  'controls.choice.lb.pinned': '固定一个节点（clientv3 ≤ 3.3）',
  'controls.choice.lb.l4-lb': '四层负载均衡（最少连接）',
  'controls.choice.auth.none': '无（未开启认证）',
  'controls.choice.auth.password-token-reused': '密码，复用 token',
  'controls.choice.auth.password-per-request': '每次请求都用密码',
  'controls.choice.auth.jwt': 'JWT 令牌',
  'controls.choice.auth.client-cert': '客户端证书（TLS）',
  'controls.choice.readMode.linearizable': '线性读（etcd 默认）',
  'controls.choice.readMode.serializable': '串行读',
  'controls.choice.request.range': 'Range（读）',
  'controls.choice.request.authenticate': 'Authenticate',
  'controls.choice.rangeResult.values': 'key 和 value',
  'controls.choice.rangeResult.keys-only': '只返回 key（--keys-only）',
  'controls.choice.rangeResult.count-only': '只返回数量（--count-only）',
  'controls.choice.etcdVersion.3.3.27': '3.3.27',
  'controls.choice.etcdVersion.3.4.8': '3.4.8（bcrypt 在后端锁内）',
  'controls.choice.etcdVersion.3.4.9': '3.4.9（bcrypt 移出锁外）',
  'controls.choice.etcdVersion.3.4.23': '3.4.23（本机回环实测所用版本）',
  'controls.choice.etcdVersion.3.4.27': '3.4.27',
  'controls.choice.etcdVersion.3.5.0': '3.5.0',
  'controls.choice.etcdVersion.3.5.17': '3.5.17',

  'controls.profile.label': '机器配置',
  'controls.profile.help':
    '填入节点数、核数、CPU 速度、网卡、往返时延、fsync 和 etcd 版本；之后可以再单独修改。',
  'controls.profile.article-3x8c': '文章：三个 8 核节点，SSD，同一可用区',
  'controls.profile.article-16c-auth': '文章：16 核机器（Authenticate 测试）',
  'controls.profile.laptop': '笔记本上的单节点',
  'controls.profile.cloud-network-disk': '云主机，跨三个可用区，网络盘',
  'controls.profile.cross-region': '跨三个地域，节点间 40 毫秒',
  'controls.profile.hdd': '老服务器：机械硬盘和千兆网卡',
  'controls.profile.etcd-io-gce': 'etcd.io 官方测试：三台 8 vCPU 云主机',
  'controls.profile.loopback-2vcpu': '一台 2 vCPU 机器：客户端和三个节点（回环网络）',
  'controls.profile.laptop-cluster': '一台笔记本：三个节点和 benchmark',

  'controls.presets.title': '从这里开始',
  'controls.presets.article': '文章中的实测',
  'controls.presets.teaching': '教学起点',
  'controls.presets.load': '载入',
  'controls.presets.loaded': '已载入',
  'controls.presets.articleSays': '文章',
  'controls.presets.modelSays': '模型',
  'controls.presets.notRun': '尚未运行',
  'controls.presets.running': '运行中…',
  'controls.presets.qpsAvg': '{qps} 请求/秒，平均 {avg}',
  'controls.presets.qpsP99AtLeast': '{qps} 请求/秒，P99 ≥ {p99}',
  'controls.presets.qpsP99Below': '{qps} 请求/秒，P99 < {p99}',
  'controls.presets.qpsAvgP99': '{qps} 请求/秒，平均 {avg}，P99 {p99}',
  'controls.preset.serializable-1000c.notice':
    '注意 ReadIndex 这一行是空的：串行读跳过了向 Leader 的确认，同样的机器每秒能服务线性一致读预设的约 1.8 倍。',
  'controls.preset.linearizable-1000c.notice':
    '注意 ReadIndex 这一行：每次读都要先等 Leader 确认自己仍是 Leader，吞吐降到约 190,000/s。',
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
    '注意 ReadIndex：每一轮都要等地域之间 40 ms 的往返，每次读约 100 ms。',
  'controls.preset.heavy-writes.notice':
    '注意 ReadIndex 这一行：读的大部分时间花在这一轮等待 raft 循环上——raft 循环要先把每批写入存进 WAL（这些网络盘上一次 fsync 约 4 ms），才能发出或回应这一轮的心跳；这一轮之后，读循环还要短暂地等本成员应用完这些写入（见 ReadIndex 表的最后一列）。',
  'controls.preset.list-all-pods.notice':
    '注意响应阶段：每次读返回 5,000 个 2 KiB 的键。请改用分页、watch 或拆分前缀。',
  'controls.presets.notice': '看点',
  'controls.preset.serializable-1000c.title': '串行读，1000 个客户端',
  'controls.preset.serializable-1000c.desc':
    '一个 key，无写入，三个 8 核节点：benchmark 的最好情况。',
  'controls.preset.linearizable-1000c.title': '线性读，1000 个客户端',
  'controls.preset.linearizable-1000c.desc':
    '同样的测试换成 etcd 默认的读模式：每次读都要等 ReadIndex。',
  'controls.preset.large-value-1mb.title': '1 MB 的 value',
  'controls.preset.large-value-1mb.desc': '读取一个 1 MB 的 key：决定速度的是网络，而不是 etcd。',
  'controls.preset.authenticate-3.4.8.title': '3.4.9 之前的 Authenticate',
  'controls.preset.authenticate-3.4.8.desc': 'bcrypt 在后端锁内执行，密码校验只能一个接一个排队。',
  'controls.preset.authenticate-3.4.9.title': '3.4.9 起的 Authenticate',
  'controls.preset.authenticate-3.4.9.desc': '锁的范围缩小了：密码校验可以用上所有 CPU 核。',
  'controls.preset.healthy.title': '健康的集群',
  'controls.preset.healthy.desc': '三个节点在同一可用区，复用 token，客户端轮询，少量写入。',
  'controls.preset.password-per-request.title': '密码认证但不复用 token',
  'controls.preset.password-per-request.desc':
    '每次读都新建客户端并调用 Authenticate：bcrypt 占据了整条链路。',
  'controls.preset.cross-region.title': '跨地域部署的节点',
  'controls.preset.cross-region.desc': '节点相距 40 毫秒：每轮 ReadIndex 都要付一次跨地域往返。',
  'controls.preset.heavy-writes.title': '大量写入',
  'controls.preset.heavy-writes.desc':
    '网络盘上每秒 5,000 次写入时的读。每隔 100 ms，后端提交在繁忙的磁盘上 fsync 期间一直持有 readTx 锁：碰上的读请求要在 boltdb 里等它，最慢的读是平均值的好几倍。每个成员的 raft 循环都要先把每批写入存进 WAL，才处理下一条消息，所以 ReadIndex 的一轮要在领导者和回应它的跟随者上等这些 fsync：这段等待占了读的大部分时间。每轮之后读循环还要等本成员应用完这些写入，但这里只等很短（apply 跟得上）。',
  'controls.preset.list-all-pods.title': '列出所有 Pod',
  'controls.preset.list-all-pods.desc':
    '每次读返回 5,000 个 2 KiB 的 key，就像不分页的 Kubernetes list。',

  'controls.notice.title': '有些值无法使用，已自动调整',
  'controls.notice.adjusted': '{label}：{value} 不被允许（{allowed}）；改用 {now}。',
  'controls.notice.unknown': '链接中的未知设置“{name}”已被忽略。',
  'controls.notice.repeated': '链接中“{name}”出现了不止一次：使用 {used}，忽略 {ignored}。',
  'controls.notice.dismiss': '关闭',
  'controls.notice.lang': '链接中的语言“{value}”不受支持（{allowed}），已忽略。',
};
