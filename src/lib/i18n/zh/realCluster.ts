import type { realCluster as en } from '../en/realCluster.ts';

/** The real-cluster card's strings, in 简体中文 (en/realCluster.ts). */
export const realCluster: Record<keyof typeof en, string> = {
  'real.title': '在真实集群上试一试',
  'real.intro':
    '在你自己的 etcd 上测量这个实验的命令：etcd 的 benchmark 工具，以及它所依赖的 etcd 和 etcdctl 设置。把 etcd-0、etcd-1 … 换成你的成员地址，并修改密码。',
  'real.bench': 'etcd 的 benchmark',
  'real.benchNone':
    'etcd 的 benchmark 没有 Authenticate 命令（文章用的是修改过的版本）：下面的步骤改用 etcdctl 测量登录。',
  'real.setup': '完整的设置步骤（etcd、etcdctl、openssl）',
  'real.model': '在终端里用本模型运行同一个实验',
  'real.copyScript': '复制脚本',
  'real.notes': '真实集群与模型的不同之处',
  'real.step.env': 'etcdctl 连接集群的地址（成员的客户端地址；把 etcd-0 … 换成你的）',
  'real.step.certs':
    '一个 CA、每个成员一张证书、每个用户一张证书：用户名就是证书的 CN（OpenSSL 3）',
  'real.step.jwtKeys': 'etcd 用来签发 JWT 令牌的密钥对（把两个文件复制到每个成员）',
  'real.step.start': '在每个成员上启动 etcd {version}，NAME 设为该成员的名字（{names}）',
  'real.step.learner': '把 {name} 加为学习者（learner），然后在它的主机上启动（NAME={name}）',
  'real.step.data': '数据：{keys} 个键，每个值 {bytes} 字节',
  'real.step.auth': '用户和角色：root（开启认证必须有）和 {user}，后者可以读 benchmark 的键',
  'real.step.rbacRules': '更多权限，让 {user} 一共有 {rules} 条：etcd 每个请求都要检查它们',
  'real.step.authEnable': '开启认证',
  'real.step.writes': '后台写入：每秒 {qps} 次 put，每个 {bytes} 字节，与读并行',
  'real.step.logins': '真实集群看到的登录：同时运行许多 etcdctl，每次都用密码认证',
  'real.step.bench': 'benchmark（etcd 的 tools/benchmark）',
  'real.step.stopWrites': '停止后台写入',
  'real.note.sharedMachine':
    '模型把 benchmark 和所有成员放在同一台 {cores} 核的机器上，通过回环网络通信（往返 {clientRtt} 毫秒，每次 fsync {fsync} 毫秒），就像用 goreman、docker compose 或 kind 在笔记本上搭的集群：请用同样的方式运行你的集群，每个成员使用自己的端口和数据目录。',
  'real.note.machines':
    '模型中的机器不是你的机器：每个成员 {cores} 核，客户端往返 {clientRtt} 毫秒，成员之间往返 {peerRtt} 毫秒，每次 fsync {fsync} 毫秒，网卡 {nic} Gbit/s。比较数字之前先比较这些。',
  'real.note.lb':
    'benchmark 把连接轮流分给各个 endpoint；“{lb}”负载均衡是客户端或网络的设置，无法通过它指定。',
  'real.note.perRequest':
    'benchmark 每个客户端只登录一次并复用令牌，所以它测的是“密码，复用令牌”；etcdctl 登录那一步才显示每个请求都用密码的代价。',
  'real.note.authenticate':
    '每次 etcdctl 调用还要启动进程并发送一次 Range：总时间除以调用次数，是一次 Authenticate 的上限。',
  'real.note.jwt': '使用 JWT 时 benchmark 的登录方式不变；区别在于每个成员如何校验令牌。',
  'real.note.bcryptOld': 'etcd {version} 没有 --bcrypt-cost：它总是用成本因子 10，而不是 {cost}。',
  'real.note.learnerOld': 'etcd {version} 还没有学习者（learner）：请使用 etcd 3.4 或更新版本。',
  'real.note.learnerReads':
    '学习者拒绝线性读和登录（“rpc not supported for learner”），与模型中的错误一致。',
};
