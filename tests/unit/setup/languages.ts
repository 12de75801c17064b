/**
 * Unit tests see every language loaded, all of its strings, as the app is once loadLang() and
 * loadLaterStrings() have fetched their chunks: tests call translate('zh', …) synchronously. The lazy loading itself is checked in
 * tests/unit/src/i18n.test.ts and, in a real browser, by the e2e suite.
 */
import { registerLang } from '../../../src/lib/i18n/i18n.svelte.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { zh } from '../../../src/lib/i18n/zh.ts';

registerLang('en', en);
registerLang('zh', zh);
