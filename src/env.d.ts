declare namespace App {
  interface Locals {
    /** The route's edition of the article, set once by src/middleware.ts for the page and every component it renders. */
    article: import('./lib/content/article').Article;
  }
}

declare module 'virtual:script-words' {
  /** The original edition's language: its words serve a page whose language has none. */
  export const ORIGINAL: string;
  /** The enhancement script's words, by edition language (src/integrations/edition-modules.ts). */
  export const WORDS: Record<string, import('./i18n/phrases').ScriptWords>;
}

declare module 'virtual:edition-styles.css';
declare module 'virtual:diagram-paint.css';
