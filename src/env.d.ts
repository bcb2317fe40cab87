declare namespace App {
  interface Locals {
    /** The page's edition of the article, set once by the page (src/pages/) for every component it renders. */
    article: import('./lib/content/article').Article;
  }
}
