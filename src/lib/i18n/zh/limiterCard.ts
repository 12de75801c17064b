/** 吞吐量受什么限制的完整说明：限制因素、时间花在哪里、原因、上界（issue 9）。 */
import type { limiterCard as en } from '../en/limiterCard.ts';

export const limiterCard: Record<keyof typeof en, string> = {
  'limiter.title': '吞吐量受什么限制',
  'limiter.resource': '瓶颈是{resource}：请求让它 {util} 的时间处于繁忙状态。',
  'limiter.resourceLeft':
    '瓶颈是{resource}：在后台工作（写入、后端提交、压缩：{bg}）留下的时间里，请求让它 {util} 的时间处于繁忙状态。',
  'limiter.rate':
    '限制来自 --rate 上限：{rate} 请求/秒，本次运行达到了它（{rps} 请求/秒）；在此之前没有资源饱和。',
  'limiter.clients':
    '没有资源饱和：最忙的{resource}被请求占用 {util}。吞吐量由 {clients} 个客户端决定：每个客户端都要等自己的请求返回，才发下一个。',
  'limiter.clientsIdle':
    '没有资源饱和。吞吐量由 {clients} 个客户端决定：每个客户端都要等自己的请求返回，才发下一个。',
  'limiter.none': '没有请求完成，因此谈不上限制。',
  'limiter.where': '一个请求平均耗时 {latency}；其中 {stageMs} 在{stage}，主要是{kind}。',
  'limiter.whereSplit':
    '一个请求平均耗时 {latency}；其中 {stageMs} 在{stage}：{firstMs}{first}，{secondMs}{second}。',
  'limiter.split':
    '合计：等锁 {lock}，等 CPU 核、网卡、磁盘或一次只做一件事的循环（例如读循环）{queue}，在网络上或 raft 中 {flight}，服务中 {service}。',
  'limiter.lock':
    '请求等得最久的锁是 {lockName}：所有成员合计每个请求 {wait}。在{member}上它有 {held} 的时间被持有，主要持有者是{by}。',
  'limiter.background': '后台工作（写入、后端提交、压缩）另外占用{resource} {bg} 的时间。',
  'limiter.by.background': '后台工作（写入、后端提交、压缩）',
  'limiter.by.requests': '请求本身',
  'limiter.why.bcryptUnderLock':
    '每次 Authenticate 在整个 bcrypt 比对期间都持有这把锁（etcd ≤ 3.4.8），所以在一个成员上登录只能一个接一个：它们等的是锁，而不是 CPU 核。',
  'limiter.why.bcryptOnCores':
    'bcrypt 比对在 BatchTx 锁之外进行（etcd ≥ 3.4.9），所以登录能同时使用所有核，等的是空闲的核：{servers} 个核 ÷ 每个请求平均占用的 {demand}。',
  'limiter.bound.resource':
    '{resource}最多允许 {bound} 请求/秒（X ≤ 服务台数 × (1 − 后台占用) ÷ D，每个请求 D = {demand}）。',
  'limiter.bound.population':
    '{clients} 个客户端最多允许 {bound} 请求/秒（X ≤ N ÷ (D + Z)，D = {demand}：一个请求中不用等锁或等服务台的时间；Z = {think}：两次请求之间的间隔）。',
  'limiter.bound.rate': '--rate 最多允许 {bound} 请求/秒。',
  'limiter.measured': '实测：{rps} 请求/秒。',
};
