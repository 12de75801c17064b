import { describe, expect, test } from 'vitest';
import { createBcryptApi } from '../../../workers/bcrypt/bcryptApi.ts';

/** A clock that moves 7 ms each time it is read: every timed call then reports 7 ms. */
function steppingClock(): () => number {
  let t = 0;
  return () => (t += 7);
}

describe('the bcrypt worker’s API (real bcryptjs, cost 4)', () => {
  test('hashes the held password and compares it against the hash, timed by the clock it is given', () => {
    const api = createBcryptApi(steppingClock());
    api.hold('correct horse');
    const { hash, ms } = api.hash(4);
    expect(hash).toMatch(/^\$2b\$04\$.{53}$/);
    expect(ms).toBe(7);
    expect(api.compare(hash)).toEqual({ ok: true, ms: 7 });
    api.hold('wrong horse');
    expect(api.compare(hash)).toEqual({ ok: false, ms: 7 });
  });

  test('never hands the password back, and forgets it on request', () => {
    const api = createBcryptApi(steppingClock());
    api.hold('s3cret-pass');
    const answers = [api.hash(4), api.compare(api.hash(4).hash)];
    expect(JSON.stringify(answers)).not.toContain('s3cret-pass');
    api.forget();
    expect(() => api.compare('$2b$04$abcdefghijklmnopqrstuv')).toThrow(
      'no password held: call hold(password) first',
    );
    expect(() => api.hash(4)).toThrow('no password held');
  });

  test('a cost bcrypt does not allow is refused, naming the range', () => {
    const api = createBcryptApi(steppingClock());
    api.hold('x');
    expect(() => api.hash(3)).toThrow('invalid bcrypt cost: 3 (allowed: integers 4..31)');
    expect(() => api.hash(10.5)).toThrow('invalid bcrypt cost: 10.5');
  });
});
