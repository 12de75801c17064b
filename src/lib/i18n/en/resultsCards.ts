/**
 * The results cards' own strings (below the chain: resources, ReadIndex, staleness, slow requests,
 * errors, writes, histogram, benchmark text): they come with the cards (enLater.ts, issue 16).
 */
export const resultsCards = {
  'results.pace.rising':
    'Throughput rose during the run: {first} req/s over the first tenth of the requests, {later} req/s over the ninth (the last tenth is left out: it holds the drain once the clients stop sending). The model starts with every queue empty. Requests/sec and the bounds above are the whole run’s averages, so more requests of the same experiment average more of the later rate.',
  'results.pace.risingShared':
    'Throughput rose during the run: {first} req/s over the first tenth of the requests, {later} req/s over the ninth (the last tenth is left out: it holds the drain once the clients stop sending). The model starts with every queue empty; as queues form, the requests that share a connection share more of its reads and writes, which makes each cheaper. Requests/sec and the bounds above are the whole run’s averages, so more requests of the same experiment average more of the later rate.',
  'results.pace.falling':
    'Throughput fell during the run: {first} req/s over the first tenth of the requests, {later} req/s over the ninth (the last tenth is left out: it holds the drain once the clients stop sending). Requests/sec and the bounds above are the whole run’s averages.',
  'results.histogram.title': 'Latency histogram',
  'results.histogram.x': 'latency (log scale)',
  'results.histogram.y': 'requests',
  'results.histogram.desc':
    'Requests per latency bucket, from {from} to {to}; the tallest bucket holds {max} {max|request|requests}.',
  'results.histogram.empty': 'No successful request to plot.',
  'results.bench.title': 'Benchmark report',
  'results.bench.help': 'Formatted like etcd’s benchmark tool, to lay beside a real run.',
  'results.bench.precise': 'precise (%g, like --precise)',
  'results.bench.copy': 'Copy',
  'results.bench.text': 'Benchmark report text (scrolls sideways)',
  'results.bench.copied': 'Copied',
  'results.bench.copyFailed': 'Copy failed: select the text instead',
  'results.resources.title': 'How busy each resource is',
  'results.resources.help':
    'Busy fraction over the run; hatched: background work (puts, backend commits, compaction). The demand is the requests’ own, per request.',
  'results.resources.demand': '{ms}/req',
  'results.resources.background': 'background {pct}',
  'results.resources.servers': '× {n}',
  'results.resources.showAll': 'Show all {n}',
  'results.resources.showFewer': 'Show the busiest {n}',
  'results.readIndex.title': 'ReadIndex rounds',
  'results.readIndex.member': 'Member',
  'results.readIndex.rounds': 'Rounds',
  'results.readIndex.batch': 'Mean batch',
  'results.readIndex.roundMs': 'Mean round',
  'results.readIndex.applyMs': 'Then waits for apply',
  'results.readIndex.applyHelp':
    'After each round the read loop waits for its member to apply the read index before it releases the batch (etcd’s linearizableReadLoop), and starts no new round meanwhile: reads that arrive then wait for that apply too.',
  'results.readIndex.none': 'No ReadIndex round in this run: serializable reads skip it.',
  'results.staleness.title': 'Staleness of serializable reads',
  'results.staleness.reads': 'Serializable reads',
  'results.staleness.stale': 'Stale reads (their member behind the leader’s commit)',
  'results.staleness.revisions': 'Behind the leader’s commit, when stale (mean / max)',
  'results.staleness.revisionsValue': '{mean} / {max} {max|entry|entries}',
  'results.staleness.entries':
    'Entries are puts (and Authenticate tokens) the leader had committed but the member had not applied yet. In this run the leader committed {committed} puts and applied {applied}.',
  'results.staleness.time': 'Lag (mean / max)',
  'results.staleness.none': 'No serializable read in this run: linearizable reads are never stale.',
  'results.slow.title': 'Slow requests',
  'results.slow.over100': 'Over 100 ms (the “took too long” warning)',
  'results.slow.over300': 'Over 300 ms (etcd 3.5’s slow-request log)',
  'results.errors.title': 'Errors',
  'results.errors.none': 'No request failed.',
  'results.writes.title': 'Background writes',
  'results.writes.help':
    'The put stream, counted where each thing happens. Puts not yet answered were still on their way when the reads finished.',
  'results.writes.sent': 'Sent to the members',
  'results.writes.refused':
    'Refused (the member’s apply more than 5,000 entries behind its commit)',
  'results.writes.proposed': 'Proposed to the leader',
  'results.writes.committed': 'Committed by the leader',
  'results.writes.commitTime': 'Mean time from proposal to commit',
  'results.writes.applied': 'Applied by the leader',
  'results.writes.answered': 'Answered (applied by the member that took the put)',
  'results.writes.dropped': 'Dropped (the model’s log of entries in flight was full)',
  'results.writes.droppedNote':
    '{dropped} {dropped|put|puts} arrived while the write path was far behind: the model’s log (65,536 entries in flight) was full, so they were dropped. etcd would keep queueing them in memory until they time out.',
  // The phones' bar that keeps the answer in view (StickyAnswer.svelte, loaded with the controls)
  'results.sticky.label': 'The answer, while the results are out of view',
  'results.sticky.qps': 'req/s',
  'results.sticky.times': 'avg {avg} · p99 {p99}',
  'results.sticky.updating': 'updating…',
  'results.sticky.more': 'Results ↓',
} as const;
