import { mount } from 'svelte';
import App from './App.svelte';
import EmbedApp from './EmbedApp.svelte';
import { readView } from './lib/viewState.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?embed=…` shows one figure alone, sized to its frame (EmbedApp); anything else, the whole lab.
const view = readView(location.search);
if (view.embed) document.documentElement.dataset.embed = view.embed;
export default view.embed
  ? mount(EmbedApp, { target, props: { view, embed: view.embed } })
  : mount(App, { target, props: { view } });
