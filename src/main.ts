import { mount } from 'svelte';
import App from './App.svelte';
import { readView } from './lib/viewState.ts';
import { loadLang, preferredLang } from './lib/i18n/i18n.svelte.ts';
import { numberFormat } from './lib/i18n/numberFormat.ts';
import { theme } from './lib/theme.svelte.ts';
import { readQuery } from './lib/urlState.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

/**
 * Starts the page. Not top-level await: a chunk loaded with import() may import from this one,
 * and would wait forever for a module still evaluating.
 */
async function start(el: HTMLElement): Promise<void> {
  // The page's language (the link's, else the browser's), loaded before the first render so a
  // Chinese page never flashes English; English is in this chunk already. Should the chunk fail
  // to arrive, the page opens in English and the language switch tries again.
  const lang = readQuery(location.search).lang ?? preferredLang(navigator.languages);
  await loadLang(lang).catch((e: unknown) => console.error('language strings did not load', e));
  // Mount in a task of its own, apart from compiling and running this module, and after one that
  // wakes the number formatting (ICU's first formatter costs 15–40 ms): no long task while the
  // page loads (issue 16).
  await new Promise((resolve) => setTimeout(resolve, 0));
  numberFormat(lang, { maximumFractionDigits: 0 }).format(1234.5);
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The reader's stored theme, in a task of its own too: a profile's first read of localStorage
  // opens its store from disk (20–70 ms measured on a busy machine).
  theme.load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  // `?embed=…` shows one figure alone, sized to its frame (EmbedApp, a chunk of its own: the
  // lab's first load does not carry it); anything else, the whole lab.
  const view = readView(location.search);
  const embed = view.embed;
  if (embed) {
    document.documentElement.dataset.embed = embed;
    const { default: EmbedApp } = await import('./EmbedApp.svelte');
    mount(EmbedApp, { target: el, props: { view, embed } });
  } else {
    mount(App, { target: el, props: { view } });
  }
}

void start(target);
