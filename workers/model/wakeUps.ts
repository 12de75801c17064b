/**
 * What a ReadIndex round's hops cost depends on whether the member's process is already running.
 * Go readies a goroutine (a channel send, a message read from a socket) into the running P's
 * runnext slot; when the process has a spare P and no spinning thread it also wakes a parked
 * thread for it (runtime/proc.go ready → wakep → futex), and a message that reaches a process
 * with every thread parked returns a thread from epoll_wait first. When the process has work on
 * its cores already, its running threads take the goroutine and poll the network themselves: no
 * thread is woken. The round's hop costs (readIndexLoopUs, peerMessageUs) are fitted at one
 * client on the leader, where every hop finds its member idle, so they carry those wake-ups.
 *
 * Why (loopback.s-l.c10-spread): the real members' linearizable extra per read (CPU per
 * linearizable read less per serializable one) falls from 310–323 µs at one client to 132–146 µs
 * at ten spread (calibrationLoopback.ts), more than rounds can share. etcd's loop starts a round
 * at once when idle and takes every read that came during the previous one, so a round carries at
 * most the reads that arrive while it runs, and a read spends at least one round in the loop: at
 * 1.67 linearizable reads/ms per member and ≈ 1.06 ms in the loop (1.99 ms average against a
 * serializable read's 0.93, table A) a round carries at most ≈ 1.8 reads, where a fixed round
 * price (≈ 280 µs here) asks 2.8–3.2. On the leader alone too: at ten clients table A gives an
 * extra of 85 µs against 310 at one. Without this the model's rounds at ten spread carry 1.01–1.03
 * reads (its closed loop falls into step: each of a member's three or four clients gets a round
 * of its own) and pay ≈ 320 µs per read.
 */
import type { Member, World } from './world.ts';

/**
 * µs of a hop whose cost `us` includes waking a parked thread, ready at `ready` on member `m`: the
 * wake-up (parkedWakeShare) is not paid when the member has work of its own booked past `ready`
 * (its process is running).
 */
export function hopUs(w: World, m: Member, ready: number, us: number): number {
  return m.cpu.lastEnd > ready ? us * (1 - w.c.parkedWakeShare) : us;
}
