/**
 * Hardware profiles: the machines and network a scenario runs on. Named data, each number with
 * its source. Choosing a profile fills these Scenario fields; explicit values override them.
 */
import type { EtcdVersion } from './params.ts';

export interface MachineProfile {
  members: number;
  /**
   * The client and every member share one machine: `serverCores` cores and loopback between
   * them (then `clientCores` is not used). False: each member and the client have their own.
   */
  sharedHost: boolean;
  serverCores: number;
  clientCores: number;
  /** Speed of one core relative to the cost table's reference core (costs.ts), for every cost
   *  but raw compute (bcryptSpeed): per-message work (gRPC, raft's messages, the read path),
   *  which lives on caches, branches, allocation and syscalls. */
  cpuSpeed: number;
  /** Speed of one core at raw compute, relative to the reference core: bcrypt (Blowfish rounds in
   *  registers) and the Go runtime's in-process work that copies no message
   *  (rawCompute.ts RAW_COMPUTE_COSTS), which a VM's vCPU or an old core runs nearer full speed than
   *  per-message work. cpuSpeed unless a source measures it (or, for etcd.io's vCPUs, a measured
   *  VM stands in for it). */
  bcryptSpeed: number;
  nicGbps: number;
  clientRttMs: number;
  peerRttMs: number;
  /** One fsync of the WAL or the db file, ms. */
  fsyncMs: number;
  etcdVersion: EtcdVersion;
}

export interface Profile {
  machine: MachineProfile;
  /** Where the numbers come from. */
  source: string;
}

export const PROFILE_NAMES = [
  'article-3x8c',
  'article-16c-auth',
  'laptop',
  'cloud-network-disk',
  'cross-region',
  'hdd',
  'etcd-io-gce',
  'loopback-2vcpu',
  'laptop-cluster',
] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export const PROFILES: Record<ProfileName, Profile> = {
  'article-3x8c': {
    // docs/design/ARTICLE.md §3: client 16 cores/32 GB; three servers 8 cores/16 GB with SSD; same zone,
    // RTT 0.1–0.2 ms (we take the middle); etcd 3.4.9. 10 GbE is an inference from the 1 MB
    // run (1,163 × 1 MiB/s ≈ 9.8 Gbit/s). SSD fsync 0.5 ms: a typical datacenter SSD.
    machine: {
      members: 3,
      sharedHost: false,
      serverCores: 8,
      clientCores: 16,
      cpuSpeed: 1,
      bcryptSpeed: 1,
      nicGbps: 10,
      clientRttMs: 0.15,
      peerRttMs: 0.15,
      fsyncMs: 0.5,
      etcdVersion: '3.4.9',
    },
    source: 'etcd实战课 lecture 16, read-mode benchmark; NIC and fsync inferred',
  },
  'article-16c-auth': {
    // docs/design/ARTICLE.md §2 and etcd issue 11826: 16-core/32 GB machines, "from 18/s to 200/s".
    // With 3.4.9 every core can compare at once, and 200/s on 16 cores is 80 ms of CPU per
    // Authenticate — nearly all bcrypt — so these cores are 50 / 80 = 0.625 × the reference core.
    machine: {
      members: 3,
      sharedHost: false,
      serverCores: 16,
      clientCores: 16,
      cpuSpeed: 0.625,
      bcryptSpeed: 0.625,
      nicGbps: 10,
      clientRttMs: 0.15,
      peerRttMs: 0.15,
      fsyncMs: 0.5,
      etcdVersion: '3.4.9',
    },
    source: 'etcd实战课 lecture 16, Authenticate benchmark; etcd issue 11826',
  },
  laptop: {
    // One member on a developer laptop: 8 fast cores shared by nothing else in the model,
    // loopback networking, a consumer NVMe whose fsync takes a few ms (flush to flash).
    machine: {
      members: 1,
      sharedHost: false,
      serverCores: 8,
      clientCores: 8,
      cpuSpeed: 1.2,
      bcryptSpeed: 1.2,
      nicGbps: 40,
      clientRttMs: 0.02,
      peerRttMs: 0.02,
      fsyncMs: 2,
      etcdVersion: '3.5.17',
    },
    source: 'typical 2024 laptop; loopback RTT; consumer NVMe fsync',
  },
  'cloud-network-disk': {
    // Three 4-vCPU VMs across zones with network block storage: cross-zone RTT ≈ 1 ms
    // (docs/design/ARTICLE.md §4: "usually under 2 ms"), network-disk fsync a few ms.
    machine: {
      members: 3,
      sharedHost: false,
      serverCores: 4,
      clientCores: 8,
      cpuSpeed: 0.8,
      bcryptSpeed: 0.8,
      nicGbps: 10,
      clientRttMs: 0.5,
      peerRttMs: 1,
      fsyncMs: 4,
      etcdVersion: '3.5.17',
    },
    source: 'public cloud VMs, three zones, network block storage',
  },
  'cross-region': {
    // Members in different regions (docs/design/MODEL.md §3: cross-region ≈ 30–50 ms RTT).
    machine: {
      members: 3,
      sharedHost: false,
      serverCores: 8,
      clientCores: 8,
      cpuSpeed: 1,
      bcryptSpeed: 1,
      nicGbps: 10,
      clientRttMs: 0.5,
      peerRttMs: 40,
      fsyncMs: 1,
      etcdVersion: '3.5.17',
    },
    source: 'three regions; RTT from docs/design/MODEL.md §3',
  },
  hdd: {
    // Spinning disks: an fsync waits for the platter, ≈ 10 ms (docs/design/MODEL.md §3).
    machine: {
      members: 3,
      sharedHost: false,
      serverCores: 8,
      clientCores: 8,
      cpuSpeed: 1,
      bcryptSpeed: 1,
      nicGbps: 1,
      clientRttMs: 0.2,
      peerRttMs: 0.2,
      fsyncMs: 10,
      etcdVersion: '3.4.27',
    },
    source: 'older on-premises servers with HDD and 1 GbE',
  },
  'etcd-io-gce': {
    // etcd.io's published read benchmark (calibrationEtcdIo.ts): three members of 8 vCPUs with
    // SSD persistent disks and a 16-vCPU client, one Google Cloud zone, etcd 3.2.0 (the oldest
    // version here, 3.3.27, has the same read path without auth or writes). A vCPU is one
    // hyperthread of a 2017 Xeon, so a core of this profile is slower than the lecture's; its
    // speed is fitted to the serializable 1,000-client row. In-zone RTT 0.1 ms [inference]:
    // Google Cloud puts a zone's RTT at a fraction of a millisecond and publishes no figure for
    // 2017; it was chosen with the single-client rows in view (with 0.2 ms they missed by −26 %
    // once a read alone on its connection paid its own syscalls, workers/model/connections.ts),
    // so those rows are not predictions. A persistent-SSD fsync ≈ 1 ms.
    // No source measures its raw-compute speed (bcrypt, and the runtime work of rawCompute.ts
    // RAW_COMPUTE_COSTS): it is the one measured on a VM's vCPUs, the loopback machine's 0.99
    // [inference, issue 11], chosen with this source's rows in view: with the core speed instead
    // (0.593) the linearizable 1,000-client row missed by −19 % and the s/l ratio there by +23 %,
    // so those two rows are no longer predictions. A vCPU here is a hyperthread, and at 1,000
    // clients its sibling is busy too, which typically slows raw compute more than per-message
    // work.
    machine: {
      members: 3,
      sharedHost: false,
      serverCores: 8,
      clientCores: 16,
      cpuSpeed: 0.593,
      bcryptSpeed: 0.99,
      nicGbps: 10,
      clientRttMs: 0.1,
      peerRttMs: 0.1,
      fsyncMs: 1,
      etcdVersion: '3.3.27',
    },
    source: 'etcd.io, "Performance" (v3.4 operations guide): etcd 3.2.0 on Google Cloud',
  },
  'loopback-2vcpu': {
    // The project's own measurement (calibrationLoopback.ts): one Debian VM with 2 shared vCPUs
    // running the benchmark client and three etcd 3.4.23 members on 127.0.0.1 — a shared host.
    // Loopback RTT is a few tens of µs (wake-ups, not wires); a 4 KiB fdatasync on its virtual
    // disk takes 0.23 ms (p50). The core speed is fitted to one figure: serializable,
    // 1 client on the leader, 5,543 reads/s. Its bcrypt speed is fitted apart, to the measured
    // Authenticate on the same machine, 51 ms per call at one client (issue 11): Go's 50 ms
    // compare ÷ 0.99 plus the call's round, raft and apply give 51.2 ms. The two agree since
    // requests on a shared connection share its syscalls (workers/model/connections.ts): before,
    // the table's per-request costs were the lecture's batched ones, and the core speed fitted
    // to a read alone on its connection came out at 0.51.
    machine: {
      members: 3,
      sharedHost: true,
      serverCores: 2,
      clientCores: 2,
      cpuSpeed: 0.99,
      bcryptSpeed: 0.99,
      nicGbps: 40,
      clientRttMs: 0.02,
      peerRttMs: 0.02,
      fsyncMs: 0.23,
      etcdVersion: '3.4.23',
    },
    source: 'real etcd 3.4.23, 3 members and the benchmark on one 2-vCPU VM (loopback)',
  },
  'laptop-cluster': {
    // How most learners run etcd: three members on one laptop (goreman, docker compose or kind)
    // with the benchmark beside them — a shared host of 8 fast cores, loopback between the
    // processes, a consumer NVMe's fsync (as the laptop profile).
    machine: {
      members: 3,
      sharedHost: true,
      serverCores: 8,
      clientCores: 8,
      cpuSpeed: 1.2,
      bcryptSpeed: 1.2,
      nicGbps: 40,
      clientRttMs: 0.02,
      peerRttMs: 0.02,
      fsyncMs: 2,
      etcdVersion: '3.5.17',
    },
    source: 'three members and the benchmark on one 2024 laptop (goreman, docker compose or kind)',
  },
};

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value);
}
