/**
 * <explainer-theme>: the header's Theme select. Hidden until this runs (with scripts off the page
 * follows the system and shows no dead control). A choice is remembered and applied at once by
 * the head script's function (src/lib/theme/theme.ts), which applies it before the first paint of
 * every later page too.
 */
import { APPLY_THEME, THEME_STORAGE_KEY as KEY } from '../lib/theme/theme-key';

declare global {
  interface Window {
    /** Left by the head script (src/lib/theme/theme.ts): the one place a choice is applied. */
    [APPLY_THEME]: (choice: string) => void;
  }
}

const apply = (choice: string) => window[APPLY_THEME](choice);

const stored = (): string => {
  try {
    return localStorage.getItem(KEY) ?? 'system';
  } catch {
    return 'system';
  }
};

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = stored();
    select.addEventListener('change', () => {
      apply(select.value);
      try {
        if (select.value === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, select.value);
      } catch {
        // Storage refused (private mode, settings): the choice holds for this page only.
      }
    });
    const follow = () => {
      select.value = stored();
      apply(select.value);
    };
    // Another tab changed the theme: follow it.
    addEventListener('storage', (event) => {
      if (event.key === KEY) follow();
    });
    // Back from the back/forward cache: the choice may have changed on another page meanwhile,
    // and a page kept in that cache receives no storage events.
    addEventListener('pageshow', (event) => {
      if (event.persisted) follow();
    });
    this.hidden = false;
  }
}

customElements.define('explainer-theme', ThemeSelect);
