import { CALIBRATION_ROWS } from './workers/contract/calibrationRows.ts';
import { runScenario } from './report/calibrationRun.ts';
import { runInProcess as simulate } from './workers/api.ts';
import { COSTS } from './workers/model/costs.ts';
const row = (id: string) => CALIBRATION_ROWS.find((x) => x.id === id)!;
const sc = (id: string, over = false) => { const r = row(id); return runScenario(over ? r.over! : r.run); };
const qps = async (s: any) => (await simulate(s)).summary.rps as number;
const base: Record<string, number> = { clientSendUs: 1, clientRecvUs: 1, grpcRecvUs: 10, grpcSendUs: 4, clientSendSyscallUs: 5, clientRecvSyscallUs: 5, grpcRecvSyscallUs: 22, grpcSendSyscallUs: 20 };
const V = ['clientSendUs', 'clientRecvUs', 'grpcRecvUs', 'grpcSendUs'];
async function fitSpeed(s: any, target: number, lo = 0.2, hi = 3) {
  for (let i = 0; i < 9; i++) { const m = Math.sqrt(lo * hi); const q = await qps({ ...s, cpuSpeed: m, bcryptSpeed: Math.max(m, s.bcryptSpeed) }); if (q < target) lo = m; else hi = m; }
  return Math.sqrt(lo * hi);
}
const [fv, ff] = process.argv.slice(2).map(Number);
for (const [k, v] of Object.entries(base)) (COSTS as any)[k] = v * (V.includes(k) ? fv : ff);
const c1 = sc('loopback.c100-c1.s-leader', true);
const sl = await fitSpeed(c1, 5543);
const c100 = { ...sc('loopback.c500-c100.s-spread', true), cpuSpeed: sl };
const c500 = { ...sc('loopback.c500-c100.s-spread'), cpuSpeed: sl };
const e = sc('etcd.io.s-1000c.qps');
const se = await fitSpeed(e, 185758);
const e1 = { ...sc('etcd.io.s-1c.qps'), cpuSpeed: se };
const lec = await qps(sc('lecture.serializable-1000c.qps'));
const r = (await qps(c500)) / (await qps(c100));
console.log(`fV ${fv} fF ${ff}: s_l ${sl.toFixed(3)} c500/c100 ${r.toFixed(2)} | s_e ${se.toFixed(3)} e-s-1c ${Math.round(await qps(e1))} (2909) | lecture s ${Math.round(lec)} (320000)`);
