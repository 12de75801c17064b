/**
 * Event kinds of the read-path model, as plain numeric constants (the event queue stores a kind
 * byte and two integers per event). Arguments noted as (a, b).
 */
/** A client issues its next request (a = client). */
export const EV_ISSUE = 1;
/** A request reaches its member (a = client). */
export const EV_ARRIVE = 2;
/** A linearizable read (or Authenticate) joins its member's read loop (a = client). */
export const EV_RI_JOIN = 3;
/** A ReadIndex round completes on a member (a = member). */
export const EV_RI_DONE = 4;
/** bcrypt finished for an Authenticate; its entry goes to the leader (a = client). */
export const EV_AUTH_PROPOSE = 6;
/** A background put reaches a member (a = member). */
export const EV_WRITE_ARRIVE = 7;
/** The leader receives a proposal (a = client, or -1 for a put; b = origin member). */
export const EV_PROPOSE = 8;
/** A member's WAL fsync finished (a = member). */
export const EV_WAL_DONE = 9;
/** A follower receives entries up to index b (a = member). */
export const EV_APPEND_RECV = 10;
/** The leader receives an ack for index b from member a. */
export const EV_ACK = 11;
/** A follower learns commit index b (a = member). */
export const EV_COMMIT_RECV = 12;
/** A member's apply loop finished a batch of entries (a = member). */
export const EV_APPLY_DONE = 13;
/** The backend's 100 ms commit timer fires (a = member). */
export const EV_BACKEND_TICK = 14;
/** Periodic compaction (a = member). */
export const EV_COMPACT = 15;
/** A response reaches the client's NIC; the client unmarshals it (a = client, b = error code). */
export const EV_CLIENT_RECV = 16;
