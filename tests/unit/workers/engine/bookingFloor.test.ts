/**
 * The bench's floor (bookingFloor.ts) means something only if the replay makes exactly the run's
 * bookings: same finish for every reservation, same time for every event taken out.
 */
import { describe, expect, test } from 'vitest';
import { defaultScenario, type Scenario } from '../../../../workers/contract/scenario.ts';
import { recordBookings, replayBookings } from './bookingFloor.ts';

const small = (over: Partial<Scenario>): Scenario => ({
  ...defaultScenario(),
  clients: 50,
  conns: 10,
  total: 5_000,
  ...over,
});

describe('the bookings of a run, replayed alone', () => {
  test.each([
    ['serializable', small({ readMode: 'serializable' })],
    ['linearizable with writes', small({ readMode: 'linearizable', writeQps: 2_000 })],
  ])('%s: the replay gives every result the run got', async (_name, scenario) => {
    const log = await recordBookings(scenario);
    expect(log.requests).toBe(5_000);
    // More operations than the log's first 65,536 slots: it grew, keeping what it held.
    expect(log.length).toBeGreaterThan(65_536);
    expect(replayBookings(log)).toBe(0);
  });

  test('a replay that books differently is caught', async () => {
    const log = await recordBookings(small({ readMode: 'serializable' }));
    // A reservation in the second half that started as soon as it was ready: made ready 1 ms
    // later, it cannot finish when it did (nothing starts before it is ready).
    const i = log.op.findIndex(
      (o, k) =>
        o === 1 && k > log.length / 2 && log.b[k] > 0 && log.result[k] === log.a[k] + log.b[k],
    );
    expect(i).toBeGreaterThanOrEqual(0);
    log.a[i] += 1;
    expect(replayBookings(log)).toBeGreaterThan(0);
  });

  test('a serializable read makes at least its ten bookings', async () => {
    // The benchmark's loop, the client's core and NIC to send, the member's NIC and core to take
    // it in, its core for the range and again for the response, its NIC, the client's NIC and
    // core to take the response in: ten.
    const log = await recordBookings(small({ readMode: 'serializable' }));
    let bookings = 0;
    for (let i = 0; i < log.length; i++) if (log.op[i] <= 3) bookings++;
    expect(bookings / log.requests).toBeGreaterThanOrEqual(10);
  });
});
