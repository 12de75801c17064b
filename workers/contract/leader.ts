/**
 * Who leads when a run starts. Elections are not modelled yet, so member 0 leads for the whole
 * run; the model keeps the leader in a field (World.leader) that every mechanism asks, and the
 * result reports it (SimResult.leader), so a fault that moves leadership changes one place.
 * Endpoints list members in index order, which is why the benchmark's --target-leader is endpoint 1.
 */
export const FIRST_LEADER = 0;
