/**
 * A link preview's size, in pixels, what Open Graph and X show best (1.91:1), and its weight. The
 * drawing, the pages' og:image:width/height and the tests read them here. Free of imports: the
 * preview worker loads it from src/.
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The most a preview may weigh, 25 KiB: chat apps fetch it on every share. */
export const PREVIEW_MAX_BYTES = 25_600;
