import { mount } from 'svelte';
import App from './App.svelte';
import { readView } from './lib/viewState.ts';
import { loadLang, preferredLang } from './lib/i18n/i18n.svelte.ts';
import { readQuery } from './lib/urlState.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The page's language (the link's, else the browser's), loaded before the first render so a
// Chinese page never flashes English; English is in this chunk already. Should the chunk fail to
// arrive, the page opens in English and the language switch tries again.
await loadLang(readQuery(location.search).lang ?? preferredLang(navigator.languages)).catch(
  (e: unknown) => console.error('language strings did not load', e),
);

// `?embed=…` shows one figure alone, sized to its frame (EmbedApp, a chunk of its own: the lab's
// first load does not carry it); anything else, the whole lab.
const view = readView(location.search);
if (view.embed) document.documentElement.dataset.embed = view.embed;
const embed = view.embed;
export default embed
  ? mount((await import('./EmbedApp.svelte')).default, { target, props: { view, embed } })
  : mount(App, { target, props: { view } });
