/** Text renderings of a simulation result, shared by the command line and the UI. */
export { formatBenchReport, type BenchReportOptions } from './benchReport.ts';
export { formatBottleneck } from './bottleneck.ts';
export { formatStageTable } from './stageTable.ts';
export { goFixed, goG } from './goFormat.ts';
