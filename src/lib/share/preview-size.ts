/**
 * A link preview's size, in pixels: what Open Graph and X show best (1.91:1). The drawing and the
 * pages' og:image:width/height read it here. Free of imports: the preview worker loads it from src/.
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
