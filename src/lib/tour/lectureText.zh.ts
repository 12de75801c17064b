/**
 * 内置导览的中文文字。花括号里的数字来自模型，由屏幕上的运行结果填入（tourFormat.ts）；
 * figure 中的数字是讲义发表的数字（docs/design/ARTICLE.md），各自测于这一步 A 所用的机器。
 */
import type { StepText } from './tourFormat.ts';
import type { LectureStepId } from './lectureExperiments.ts';

const LECTURE_3X8C =
  '第 16 讲（唐聪，2021）：三台 8 核 16 GB、SSD 的服务器，客户端 16 核，同一可用区（RTT 0.1–0.2 ms），' +
  'etcd 3.4.9，1,000 个客户端共 100 个连接，读一个 key，无写入';
const LECTURE_16C =
  '第 16 讲（唐聪，2021）：16 核 32 GB 机器，修改 etcd benchmark 调用 Authenticate，200 个客户端与连接';

export const LECTURE_ZH: Record<LectureStepId, StepText> = {
  'benchmark-vs-production': {
    title: '压测的读与业务的读',
    question:
      '两者都是 etcd 3.5.17。A：压测只读一个 key，无鉴权、无写入，1,000 个客户端共用 100 条连接。B：同一集群上的业务（100 个客户端共用 10 条连接、轮询、10,000 个 key）每次读都用密码鉴权，并且每秒写 500 个 key。B 每秒的读次数与 A 相比如何？',
    choices: ['差不多', '只有 A 的几分之一', '只有 A 的几百分之一'],
    takeaway:
      '压测每秒读 {qps} 次；同样机器上的业务只有 {qpsB} 次，仅为压测的 1/{inverse}（表中 B ÷ A 为 ×{ratio}）。B 的每个请求仅在 ' +
      'Authenticate 上就花 {stageMsB}。导览接下来沿读路径逐段寻找这些损失从何而来。',
    figure: {
      source: 'lecture',
      value: '压测：线性读约 190,000 次/秒，平均 4.9 ms',
      measuredOn: LECTURE_3X8C,
    },
  },
  'load-balancing': {
    title: '负载均衡：一个成员还是三个',
    question:
      '第 1 步的业务集群，现在由 1,000 个客户端通过 100 条连接来读，没有鉴权和写入。A：每个客户端连接都固定连到第一个成员（etcd 3.4 之前的客户端）。B：3.4 起的客户端在三个 endpoint 间轮询。B 每秒的读次数是 A 的几倍？',
    choices: ['差不多', '两到三倍', '十倍'],
    takeaway:
      '固定连一个成员：每秒 {qps} 次，另两个成员空闲；轮询：{qpsB} 次（×{ratio}）。' +
      '3.4 之前的客户端，请在 etcd 前放一个负载均衡器。轮询仍比第 1 步的压测少，主要原因是：压测也把连接' +
      '分散到三个成员，但每条连接只连一个成员；轮询让每条连接把请求发给三个成员，能共用一次网络收发的请求' +
      '就少了。（这一步的运行也更短，而一次运行的速率会随队列形成而上升。）',
  },
  'authenticate-lock': {
    title: 'Authenticate：锁里的 bcrypt',
    question:
      '200 个客户端调用 Authenticate（bcrypt cost 10）。A：etcd 3.4.8 持有后端锁比较密码。B：3.4.9 在锁外比较。B 每秒多处理多少次登录？',
    choices: ['差不多', '十倍以上', '两倍'],
    takeaway:
      '在锁里，一个成员一次只能校验一个密码：每秒 {qps} 次，平均 {avgMs}。移到锁外后多核并行：' +
      '每秒 {qpsB} 次（×{ratio}）。代价就是 bcrypt 本身，已接近极限：每个请求都鉴权无法扩展。',
    figure: {
      source: 'lecture',
      value: '3.4.9 之前：不到 16 次/秒，8 次/秒时 P99 = 18 s；3.4.9：约 200 次/秒，P99 小于 1 s',
      measuredOn: LECTURE_16C,
    },
  },
  'token-and-certificates': {
    title: '复用 token，或者用证书',
    question:
      'A：应用每次读之前都用密码鉴权。B：同样的读改用客户端证书（没有 Authenticate 调用）。B 快多少？',
    choices: ['快一点', '快一倍', '快一百倍以上'],
    takeaway:
      '每次读都鉴权：每秒 {qps} 次，每个请求在 Authenticate 上花 {stageMs}。用证书就完全没有 ' +
      'Authenticate 调用：每秒 {qpsB} 次（×{ratio}）。复用 token 的密码客户端也能接近这个数；证书则不会忘记复用。',
  },
  'read-mode': {
    title: '串行读还是线性读',
    question:
      '讲义的压测，1,000 个客户端共 100 个连接。A：线性读（默认）。B：串行读，跳过 ReadIndex。B 快多少？',
    choices: ['差不多', '1.5 到 2 倍', '十倍'],
    takeaway:
      '线性读：每秒 {qps} 次，平均 {avgMs}；串行读：每秒 {qpsB} 次，平均 {avgMsB}（×{ratio}）。' +
      '这里线性读在 ReadIndex 上花 {stageMs}。能接受读到稍旧的数据，串行读更便宜。',
    figure: {
      source: 'lecture',
      value: '线性读约 190,000 QPS、4.9 ms；串行读约 320,000 QPS、2.5 ms',
      measuredOn: LECTURE_3X8C,
    },
  },
  'readindex-rtt': {
    title: 'ReadIndex：成员之间的往返',
    question: '线性读。A：成员之间 0.2 ms（同一可用区）。B：成员之间 40 ms（跨地域）。B 会怎样？',
    choices: ['不变：读在本地完成', '稍慢', '慢得多：每次读都要等一次往返'],
    takeaway:
      '同一可用区 ReadIndex 用时 {stageMs}，跨地域 {stageMsB}；读从每秒 {qps} 次降到 {qpsB} 次。' +
      '成员要就近部署；异地容灾用学习者（learner），并从它就近提供串行读。',
    figure: {
      source: 'lecture',
      value: '跨可用区 RTT 通常小于 2 ms；跨城部署影响很大',
      measuredOn: '第 16 讲（唐聪，2021）第 4 节：经验法则，不是测量值',
    },
  },
  'apply-wait': {
    title: 'Apply wait：写入拖慢读',
    question: '云盘上的线性读。A：没有写入。B：每秒 20,000 次 1 KiB 的写入。读会怎样？',
    choices: ['不变：读不写盘', '变慢', '停止'],
    takeaway:
      '无写入：每秒读 {qps} 次；每秒 20,000 次写入时：{qpsB} 次（×{ratio}）。每次读现在要等 {stageMsB}，' +
      '直到本成员应用到领导者的提交索引，磁盘也忙于提交。更长的是 ReadIndex 这一轮（见“A 与 B 各阶段耗时”）：' +
      '它要等忙于把写入存进 WAL 的 raft 循环。写负载对读的影响最容易被忽视。',
    figure: {
      source: 'lecture',
      value: '一张表：线性读 QPS 随写 QPS 上升而下降（表为图片，数字无法取得）',
      measuredOn: '第 16 讲（唐聪，2021）第 5 节：三台 8 核 16 GB，一个 key',
    },
  },
  rbac: {
    title: 'RBAC：权限检查',
    question:
      '密码用户，复用 token。A：10 条权限规则。B：10,000 条规则。B 每秒的读请求数和 A 相比如何？',
    choices: ['差不多', '约为 A 的十分之一', '不到 A 的千分之一'],
    takeaway:
      '10 条规则时每个读在检查上花 {stageMs}，10,000 条时 {stageMsB}；其中检查本身的工作只有 ' +
      '{serviceMs} 与 {serviceMsB}，其余是等待（“A 与 B 各阶段耗时”表中有拆分）。权限存在区间树' +
      '里，工作量只随规则数的对数增长。每秒的读请求数：{qps} 次与 {qpsB} 次。',
  },
  'expensive-range': {
    title: '昂贵的范围查询：list 所有 pod',
    question:
      '10 个客户端，50,000 个 2 KiB 的 key。A：每个请求列出 5,000 个 key（一次列出所有 pod）。B：每页 500 个 key。B 的一个请求要多久？',
    choices: ['和 A 一样', 'A 的一半', '约 A 的十分之一'],
    takeaway:
      '列出 5,000 个 key 要 {avgMs}，每秒 {qps} 次；一页 500 个要 {avgMsB}（每秒 {qpsB} 页）。' +
      '分页限制了每个请求的时间和内存。更好的是：先 list 一次再 watch（Kubernetes informer）；按前缀拆分数据；在应用里缓存。',
  },
  'large-value': {
    title: '大 value',
    question: '压测用 1,000 个客户端读一个 key。A：value 256 B。B：value 1 MiB。B 每秒能读多少次？',
    choices: ['差不多', '一半', '不到 A 的百分之一'],
    takeaway:
      '256 B 的 value：每秒 {qps} 次；1 MiB：每秒 {qpsB} 次，平均 {avgMsB}。现在每次读都要搬运 1 MiB，' +
      '网络被占满。etcd 是小型元数据存储：value 要小（请求上限 1.5 MiB）。',
    figure: {
      source: 'lecture',
      value: '1 MiB 的 value：1,163 QPS，平均 818 ms（原来约 170,000）',
      measuredOn: LECTURE_3X8C,
    },
  },
  summary: {
    title: '总结',
    question:
      'A：固定连接、每次读都校验密码、线性读。B：讲义的建议——轮询、客户端证书、可接受旧数据时用串行读。两者相差多少？',
    choices: ['两倍以内', '约十倍', '一千倍以上'],
    takeaway:
      'A：每秒 {qps} 次，平均 {avgMs}；B：每秒 {qpsB} 次，平均 {avgMsB}——×{ratio}。' +
      '把负载均衡到各成员，优先用证书，按场景选读模式，成员就近、磁盘要快（写会拖慢读），避免大范围查询和大 value。',
  },
};
