/**
 * Light/dark theme: follows the system unless the user picks one. The choice is stored in
 * localStorage (a display preference, not part of the experiment, so not in the URL). A link may
 * still ask for one with `theme=` (viewState.ts, for a host page's colours): override(), not stored.
 */
import { isTheme, type Theme } from './themeNames.ts';

export { THEMES, type Theme } from './themeNames.ts';

const KEY = 'readpath.theme';

class ThemeState {
  choice = $state<Theme>('system');

  load(): void {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(KEY);
    } catch {
      // Storage may be blocked (embedded iframes, privacy modes): keep following the system.
    }
    if (isTheme(stored)) this.choice = stored;
    this.apply();
  }

  set(choice: Theme): void {
    this.choice = choice;
    try {
      localStorage.setItem(KEY, choice);
    } catch {
      // Not persisting is fine; the choice still holds for this page.
    }
    this.apply();
  }

  /** A theme for this page only (a link's `theme=`, the host page's colours): not stored. */
  override(choice: Theme): void {
    this.choice = choice;
    this.apply();
  }

  apply(): void {
    const root = document.documentElement;
    if (this.choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = this.choice;
  }
}

export const theme = new ThemeState();
