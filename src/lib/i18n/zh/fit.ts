import type { fit as en } from '../en/fit.ts';

export const fit: Record<keyof typeof en, string> = {
  'fit.title': '你的集群：对比与拟合',
  'fit.intro':
    '粘贴 etcd benchmark 打印的输出，每次运行的命令行（$ benchmark …）放在它上面。实验室会按命令行设置实验，用你的“机器”设置运行模型，把真实的延时分布叠在模型的上面，还可以按你的运行结果拟合机器参数——CPU 速度、往返时延和 fsync。',
  'fit.input': 'benchmark 输出',
  'fit.placeholder':
    '$ benchmark --endpoints 127.0.0.1:2379,127.0.0.1:22379,127.0.0.1:32379 --clients 10 --conns 10 range k --total 20000\nbench with linearizable range\n\nSummary:\n  Total:\t4.0484 secs.\n  …\n\nLatency distribution:\n  10% in 0.0007 secs.\n  …',
  'fit.read': '与模型对比',
  'fit.fit': '按这些运行拟合机器参数',
  'fit.stop': '停止',
  'fit.comparing': '正在为每次运行运行模型……',
  'fit.fitting': '拟合中：第 {done} 次模型运行，共约 {expected} 次……',
  'fit.failed': '模型运行失败：{message}',
  'fit.error': '无法读取：{message}',
  'fit.errorAt': '第 {line} 行：{message}',
  'fit.run': '第 {n} 次运行（第 {line} 行）',
  'fit.useExperiment': '把实验室设为这个实验',
  'fit.col.figure': '指标',
  'fit.col.real': '你的运行',
  'fit.col.model': '模型，你的机器',
  'fit.col.fitted': '模型，拟合后的机器',
  'fit.fig.qps': '每秒请求数',
  'fit.fig.avgMs': '平均',
  'fit.fig.p50Ms': 'P50',
  'fit.fig.p90Ms': 'P90',
  'fit.fig.p99Ms': 'P99',
  'fit.chart': '第 {n} 次运行各百分位的延时：你的运行与模型',
  'fit.chart.x': '百分位',
  'fit.chart.y': '延时（毫秒）',
  'fit.machines': '拟合出的机器参数',
  'fit.machines.help':
    '搜索运行了 {n} 次模型。这些运行完全不涉及的参数保持原值（“未拟合”）。彼此可以互相抵消的两个参数——只有一个客户端时无法区分 CPU 速度和往返时延——只受一点点拉回起点的约束，所以任何一个都可能偏离很远：同时粘贴一个客户端和多个客户端的运行，才能把两者都拟合出来。',
  'fit.param.cpuSpeed': 'CPU 速度',
  'fit.param.clientRttMs': '客户端 ↔ 成员往返时延',
  'fit.param.peerRttMs': '成员 ↔ 成员往返时延',
  'fit.param.fsyncMs': '磁盘 fsync',
  'fit.notFitted': '未拟合：这些运行都不依赖它',
  'fit.use': '在实验室中使用拟合出的机器参数',
  'fit.applied':
    '实验室现在运行在拟合出的机器上：上面的结果就是你的设置在这些机器上的预测。改动任何设置，都能看到拟合后模型对它的预测。',
  'fit.error.empty':
    '没有找到 benchmark 输出：请粘贴 `benchmark … range KEY` 打印的内容，从命令行一直到延时分布的末尾',
  'fit.error.unclosedQuote': '命令行中有一个引号没有闭合',
  'fit.error.allFailed': '这次运行的所有请求都失败了（只有 Error distribution）：没有可对比的数据',
  'fit.error.noSummary':
    '这次运行没有 `Summary:`；请粘贴 benchmark 的完整输出，从命令行一直到延时分布的末尾',
  'fit.error.summaryMissing':
    'Summary 中缺少 {fields} 这一行（应有以 secs 为单位的 Total、Slowest、Fastest、Average 和 Stddev，然后是 Requests/sec）',
  'fit.error.summaryZero': 'Total 和 Requests/sec 必须大于零',
  'fit.error.summaryOrder': 'Summary 前后矛盾：应满足 Fastest ≤ Average ≤ Slowest',
  'fit.error.noPercentiles':
    '这次运行没有 `Latency distribution:` 的各行（`  50% in 0.0014 secs.`）',
  'fit.error.percentileOrder': '延时分布必须递增：每一行的百分位更高，时间不更短',
  'fit.error.sectionEarly': '`{label}` 出现在任何 `Summary:` 之前',
  'fit.error.badSummaryRow':
    '无法读取 Summary 中的“{text}”（应为 `<名称>:<TAB><秒数> secs.` 或 `Requests/sec:<TAB><数值>`）',
  'fit.error.summaryNotSecs': '{label} 必须以 secs 为单位（“{text}”）',
  'fit.error.rpsUnit': 'Requests/sec 不带单位（“{text}”）',
  'fit.error.badHistogramRow': '无法读取直方图的这一行“{text}”（应为 `  0.0194 [19923]  |∎∎∎`）',
  'fit.error.badLatencyRow':
    '无法读取延时分布的这一行“{text}”（应为 `  99% in 0.0099 secs.`，或 etcd main 的 `  99% in 9.900 ms.`）',
  'fit.error.mixedUnits': '延时分布中混用了 secs 和 ms',
  'fit.error.badErrorRow':
    '无法读取错误分布的这一行“{text}”（应为 `  [3]  context deadline exceeded`）',
  'fit.error.unexpected':
    '此处不应出现“{text}”：一次运行由命令行、`bench with … range`、`Summary:`、`Response time histogram:`、`Latency distribution:` 及它们的各行组成',
  'fit.error.noCommand':
    '这次运行没有命令行：请把 benchmark 命令粘贴在它的输出上面（`$ benchmark --endpoints … --clients … range KEY --total …`）',
  'fit.error.badCommand': '无法读取它的命令行：{message}',
  'fit.error.modeMismatch': '输出说是 {output}，但命令行要求的是 {command}',
};
