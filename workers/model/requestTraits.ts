/**
 * What the scenario's string settings decide for every request, decided once per run: the read
 * path compared `s.auth`, `s.readMode`, `s.lb` and `s.request` with string constants about a dozen
 * times a request (issue 16: instructions per request 12,751 -> 12,637 serializable, 18,573 ->
 * 18,385 linearizable). Each field is the comparison the per-request code made, so results are
 * identical.
 */
import type { Scenario } from '../contract/scenario.ts';
import { S } from '../contract/stages.ts';
import type { CostTable } from './costs.ts';

export interface RequestTraits {
  /** Client certificates: every message pays TLS per byte (auth 'client-cert'). */
  clientCert: boolean;
  /** A request starts with an Authenticate (request 'authenticate' or a password per request). */
  authFirst: boolean;
  /** The stage a request's receive on its member belongs to: the hop that brought it there. */
  arriveHop: number;
  /** The member checks a token on every request (any auth but none and client certificates). */
  tokenCheck: boolean;
  /** The token is a JWT (a signature check on a core rather than a map lookup under a mutex). */
  jwt: boolean;
  /** Any auth: the range takes its RBAC check (auth not 'none'). */
  rbac: boolean;
  /** Serializable reads: no ReadIndex, staleness measured. */
  serializable: boolean;
  /** Round-robin load balancing: the endpoint rotates per request. */
  roundRobin: boolean;
  /** The load balancer's extra one-way delay, ms (an L4 proxy hop; else 0). */
  lbHopMs: number;
}

export function requestTraitsFor(s: Scenario, c: CostTable): RequestTraits {
  return {
    clientCert: s.auth === 'client-cert',
    authFirst: s.request === 'authenticate' || s.auth === 'password-per-request',
    arriveHop: s.auth === 'password-per-request' ? S.authenticate : S.network,
    tokenCheck: !(s.auth === 'none' || s.auth === 'client-cert'),
    jwt: s.auth === 'jwt',
    rbac: s.auth !== 'none',
    serializable: s.readMode === 'serializable',
    roundRobin: s.lb === 'round-robin',
    lbHopMs: s.lb === 'l4-lb' ? c.lbHopMs : 0,
  };
}
