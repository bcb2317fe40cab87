/**
 * Enhancements only: the page reads fully without them. Custom elements that toggle state:
 * <explainer-copy> (copy or share a section's link, or copy a citation), <explainer-contents> (mark the
 * section being read) and <explainer-theme> (./theme-switch.ts); and the language link, which
 * carries the section being read to the other edition.
 */

import { ORIGINAL, WORDS } from 'virtual:script-words';
import { fill } from '../i18n/phrases';
import { PAGE_IDS } from '../lib/urls/page-ids';
import { fragment } from '../lib/urls/urls';
import './theme-switch';

// The print style sheet, after the first paint: the same link the page's <noscript> gives readers without scripts.
const printStyles = document.getElementById(PAGE_IDS.printStyles);
if (printStyles) document.head.insertAdjacentHTML('beforeend', printStyles.textContent ?? '');

/** The interface's words in the page's language (its edition's interface.yaml); the original's where it has none. */
const strings = WORDS[document.documentElement.lang] ?? WORDS[ORIGINAL]!;

const announce = (message: string) => {
  const region = document.getElementById(PAGE_IDS.status);
  if (!region) return;
  // Clearing first makes screen readers announce a repeated message again.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
};

/**
 * The copy control: copies `data-url` (a link, which phones may share instead) or the text of
 * the element named by `data-copy-from` (a citation); `data-label` and `data-copied` name the
 * button and the announcement for a text.
 */
class CopyControl extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const source = document.getElementById(this.dataset.copyFrom ?? '');
    const url = this.dataset.url ?? source?.textContent;
    if (!button || !url) return;
    const title = this.dataset.title ?? document.title;
    const canShare = (!source && navigator.canShare?.({ title, url })) ?? false;
    const label = canShare ? strings.share : (this.dataset.label ?? strings.copyLink);
    // The accessible name starts with the visible text (WCAG 2.5.3) and names the section.
    const show = (text: string) => {
      button.textContent = text;
      button.setAttribute('aria-label', fill(strings.controlName, { action: text, what: title }));
    };
    show(label);
    button.hidden = false;
    button.addEventListener('click', async () => {
      if (canShare) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          // A reader who closes the share sheet meant nothing by it.
          if ((error as DOMException).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        show(strings.copied);
        setTimeout(() => show(label), 2000);
        announce(this.dataset.copied ?? strings.linkCopied);
      } catch {
        if (source) getSelection()?.selectAllChildren(source);
        else this.showField(url);
      }
    });
  }

  /** Where the clipboard is refused, the link is shown selected for the reader to copy. */
  private showField(url: string) {
    let field = this.querySelector('input');
    if (!field) {
      field = document.createElement('input');
      field.readOnly = true;
      field.className = 'share-field';
      field.setAttribute('aria-label', strings.linkField);
      field.value = url;
      this.append(field);
    }
    field.focus();
    field.select();
    announce(strings.copySelected);
  }
}

/** The reading line, as a fraction of the viewport below the top: the section crossing it is current. */
const BAND = 0.3;

/**
 * The heading of the section being read: the last one at or above the reading line; but while the
 * element a link landed on (the URL's fragment) is between the top and that line, its own section,
 * though the next heading may have come up to the line too (a table row or the end of a section).
 */
const currentHeading = (): HTMLElement | undefined => {
  const line = innerHeight * BAND;
  const landed = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const landedTop = landed?.getBoundingClientRect().top ?? -1;
  const opened = landed?.closest('.article-section')?.querySelector<HTMLElement>('h2[id]');
  if (opened && landedTop >= 0 && landedTop <= line) return opened;
  return [...document.querySelectorAll<HTMLElement>('.article-section h2[id]')].filter((h) => h.getBoundingClientRect().top <= line).at(-1);
};

// The other editions have the same ids: followed from a section, the language link lands on it there.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.language-link');
  if (!link) return;
  const current = currentHeading();
  link.hash = current ? fragment(current.id) : '';
});

class ContentsTracker extends HTMLElement {
  private observer?: IntersectionObserver;
  private readonly onResize = () => this.observe();

  connectedCallback() {
    this.observe();
    addEventListener('resize', this.onResize, { passive: true });
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    removeEventListener('resize', this.onResize);
  }

  /** Watches the band just below the sticky header; its height is measured, not assumed. */
  private observe() {
    this.observer?.disconnect();
    const header = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0;
    const mark = () => {
      const current = currentHeading();
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc-list a')) {
        const isCurrent = current !== undefined && link.hash === fragment(current.id);
        if (isCurrent) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    this.observer = new IntersectionObserver(mark, {
      // Fires whenever a section enters or leaves the band between the header and the line.
      rootMargin: `-${header}px 0px -${100 - BAND * 100}% 0px`,
    });
    for (const section of document.querySelectorAll('.article-section')) this.observer.observe(section);
    mark();
  }
}

/**
 * Firefox (ESR 153) reloads a right-to-left page at its top, even one opened at a fragment, where
 * other engines keep the reader's place. The place is kept when the page is left, and put back on
 * a reload that lost it; where the browser restores it itself, this changes nothing.
 */
const PLACE_KEY = 'explainer-place';
addEventListener('pagehide', () => {
  try {
    sessionStorage.setItem(PLACE_KEY, JSON.stringify({ url: location.href, y: scrollY }));
  } catch {
    // Storage refused (a private window's quota): the browser's own restoring stands.
  }
});
try {
  const kept = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as { url: string; y: number } | null;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (kept && navigation?.type === 'reload' && kept.url === location.href && scrollY === 0) scrollTo(0, kept.y);
} catch {
  // Nothing kept, or storage refused.
}

customElements.define('explainer-copy', CopyControl);
customElements.define('explainer-contents', ContentsTracker);

// A module, so its names stay out of the global scope.
export {};
