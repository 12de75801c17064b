// The bcrypt worker entry: real bcryptjs on one core of the learner's device, exposed like the
// simulator (sim.worker.ts). The wall clock is read here, and only here in workers/: the lab
// measures real hashing, which is the point of this worker (eslint.config.js allows it).
import * as Comlink from 'comlink';
import { createBcryptApi } from './bcrypt/bcryptApi.ts';

Comlink.expose(createBcryptApi(() => performance.now()));
