import type { bcrypt as en } from '../en/bcrypt.ts';

export const bcrypt: Record<keyof typeof en, string> = {
  'bcrypt.title': '一次密码校验的代价',
  'bcrypt.cost': 'bcrypt 成本因子',
  'bcrypt.costHelp':
    '每加 1，Authenticate 的 CPU 开销翻一倍；etcd 默认使用 10。这就是本实验自己的成本因子，与参数面板中的是同一个值。',
  'bcrypt.result':
    '一次 Authenticate 在 bcrypt 上耗费成员的一个 CPU 核 {ms} 毫秒：单核每秒最多校验 {rate} 次密码。',
  'bcrypt.source.go':
    '按 Go 的 bcrypt 在现代 x86 核上的耗时计：成本 10 时每次比对 50 毫秒（成本表），每加 1 翻一倍。',
  'bcrypt.source.own':
    '按参考核上成本 10 时每次比对 {ms10} 毫秒计，而不是 Go 的 50 毫秒（参数“成本 10 时的 bcrypt 耗时”）。',
  'bcrypt.backToGo': '恢复为 Go 的耗时',

  'bcrypt.lab.summary': '在这台设备上实测：浏览器里的真实 bcrypt',
  'bcrypt.lab.intro':
    '下面的测量在这台设备的 {workers} 个 Worker 线程上运行真实的 bcrypt（bcryptjs，JavaScript 实现）：浏览器报告的每个核一个（{cores} 个），最多 8 个。页面主线程上不做任何哈希。',
  'bcrypt.lab.privacy':
    '密码只交给 Worker 并留在那里：不保存、不记录，也不写进链接。收起本节或切走标签页会停止一切并结束 Worker。',
  'bcrypt.lab.password': '要哈希的密码',
  'bcrypt.lab.passwordHelp': '任意文本；留空则使用一个示例词。',
  'bcrypt.lab.stop': '停止',
  'bcrypt.lab.stopped': '已停止；已测得的数字保留在下方。',
  'bcrypt.lab.stoppedHidden': '标签页被隐藏，已停止；回来后可再运行一次。',
  'bcrypt.lab.failed': 'bcrypt Worker 出错：{message}',

  'bcrypt.cost.title': '这台设备上各成本因子的一次比对',
  'bcrypt.cost.measure': '测量成本 {from}–{to}',
  'bcrypt.cost.high': '也测 13 和 14（每次比对需数秒）',
  'bcrypt.cost.method':
    '每个成本因子：由一个 Worker 先哈希密码并比对一次预热，再计时 {runs} 次比对（成本 {high} 起为 {runsHigh} 次），取中位数。',
  'bcrypt.cost.progress': '测量中：{percent}',
  'bcrypt.cost.done': '已测量 {n} 个成本因子。',
  'bcrypt.cost.chartLabel':
    '一次 bcrypt 比对的耗时随成本因子变化（对数坐标）：这台设备从 {from} 到 {to}，旁边是 Go 的参考值。',
  'bcrypt.cost.x': 'bcrypt 成本因子（log₂ 轮数）',
  'bcrypt.cost.y': '每次比对毫秒数（对数坐标）',
  'bcrypt.cost.device': '这台设备（bcryptjs）',
  'bcrypt.cost.go': 'Go，单个 x86 核（成本表）',
  'bcrypt.cost.col.cost': '成本',
  'bcrypt.cost.col.device': '这台设备',
  'bcrypt.cost.col.go': 'Go',
  'bcrypt.cost.col.ratio': '这台设备 / Go',
  'bcrypt.cost.ratio':
    '成本 {cost} 时，这台设备每次比对耗时 {device}，是 Go（{go}）的 {ratio} 倍。差距有一部分来自语言：bcryptjs 是 JavaScript，Go 的 bcrypt 是编译后的代码。',
  'bcrypt.cost.use': '在模拟中使用这台设备的 bcrypt 耗时',
  'bcrypt.cost.useHelp':
    '设置“成本 10 时的 bcrypt 耗时”，使成员的一个核在成本 {cost} 时的一次比对耗时 {ms}，与这里相同；Authenticate 阶段和上方所有结果随之改变。',
  'bcrypt.cost.useHelpScaled':
    '设置“成本 10 时的 bcrypt 耗时”，使成员的一个核在成本 {cost} 时的一次比对耗时 {ms}：即这台设备在成本 {from} 时的耗时，每加 1 翻一倍（成本 {cost} 未测量）；Authenticate 阶段和上方所有结果随之改变。',
  'bcrypt.cost.inUse': '模拟正在使用这台设备的耗时。',

  'bcrypt.storm.title': '登录风暴：一把锁对比 Worker 池',
  'bcrypt.storm.intro':
    '{clients} 个客户端在同一时刻登录，校验同一个成本为 {cost}（本实验的成本因子）的真实 bcrypt 哈希。先按 etcd 3.4.8 及更早版本的方式：在一把锁后面一次只比对一个；再按 3.4.9 及以后的方式：分散到 {workers} 个 Worker 上。',
  'bcrypt.storm.clients': '同时登录的客户端',
  'bcrypt.storm.clientsUnit': '个客户端',
  'bcrypt.storm.run': '开始登录风暴',
  'bcrypt.storm.hashing': '正在以成本 {cost} 哈希密码…',
  'bcrypt.storm.ranWith': '下表的数字来自 {clients} 个客户端、成本 {cost} 的那一次。',
  'bcrypt.storm.col.mode': '方式',
  'bcrypt.storm.col.rate': '登录/秒',
  'bcrypt.storm.col.p50': 'P50',
  'bcrypt.storm.col.p99': 'P99',
  'bcrypt.storm.serialised': '一把锁（etcd ≤ 3.4.8）',
  'bcrypt.storm.pool': '{workers} 个 Worker 的池（etcd ≥ 3.4.9）',
  'bcrypt.storm.waiting': '等待中',
  'bcrypt.storm.of': '已登录 {done} / {clients}',
  'bcrypt.storm.speedup':
    '分散到 {workers} 个 Worker 后，每秒登录的客户端数是一把锁时的 {speedup} 倍。',
  'bcrypt.storm.shared':
    '这远低于 {workers} 倍：Worker 没能各自独占一个完整的核。要么设备上的其他程序正忙（关掉它们后再运行一次），要么浏览器把超线程（每个物理核两个）也算作核。',
  'bcrypt.storm.whyLock':
    '原因：直到 etcd 3.4.8，Authenticate 都是在持有后端 BatchTx 锁的情况下比对密码，所以无论有多少核，一个成员一次只能校验一个密码。唐聪《etcd实战课》（极客时间，2021）第 16 讲用改为调用 Authenticate 的 benchmark 在 16 核 / 32 GB 机器上测得不到 16 次 Authenticate/秒，200 个客户端时只有 8 次/秒，P99 达 18 秒。etcd PR 11735（随 3.4.9 发布）把比对移出了锁，同样的机器达到约 200 次/秒：此时瓶颈就是 bcrypt 本身，由所有核分担。',
  'bcrypt.storm.whyMore':
    '真实的 etcd 每次 Authenticate 付出的比这里的风暴更多：先做一轮 ReadIndex（像线性读一样），确保成员读到的用户记录是最新的；再发起一次 raft 提案，在多数派上写入 WAL 并在每个成员上应用，从而安装令牌。模拟器在比对前后都加上了这两步——试试 Authenticate 的预设。',
};
