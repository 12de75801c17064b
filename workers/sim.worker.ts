// The worker entry: nothing but exposing the typed facade. All logic lives in api.ts and below.
import * as Comlink from 'comlink';
import { api } from './api.ts';

Comlink.expose({
  ...api,
  // The packed journeys' buffer is handed over, not copied (journeyWire.ts).
  async simulatePacked(...args: Parameters<typeof api.simulatePacked>) {
    const r = await api.simulatePacked(...args);
    return Comlink.transfer(r, [r.journeys.numbers.buffer]);
  },
} satisfies typeof api);
