// The worker entry: nothing but exposing the typed facade. All logic lives in api.ts and below.
import * as Comlink from 'comlink';
import { api } from './api.ts';

Comlink.expose(api);
