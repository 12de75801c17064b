import { CALIBRATION_ROWS } from '../workers/contract/calibrationRows.ts';
import { runScenario } from '../report/calibrationRun.ts';
import { runInProcess as simulate } from '../workers/api.ts';
import { DIAG } from '../workers/model/connections.ts';
const ids = (process.argv[2] ?? 'lecture.serializable-1000c.qps,loopback.c500-c100.s-spread,loopback.c500-c100.l-spread').split(',');
for (const id of ids) {
  const r = CALIBRATION_ROWS.find((x) => x.id === id)!;
  for (const spec of r.over ? [r.run, r.over] : [r.run]) {
    DIAG.paid.fill(0); DIAG.along.fill(0);
    const s = runScenario(spec);
    const res = await simulate(s);
    const b = DIAG.paid.map((p, i) => ((p + DIAG.along[i]) / Math.max(p, 1)).toFixed(2));
    console.log(id, s.profile, s.readMode, `c${s.clients}/${s.conns}`, Math.round(res.summary.qps ?? res.summary.rps ?? 0), 'batch mr/mw/cw/cr', b.join(' '));
  }
}
