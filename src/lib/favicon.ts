import svgToMiniDataURI from 'mini-svg-data-uri';
import { palette } from './palette';

/** The favicon: an "E" in paper colour on the site's accent, in the CSS's own colours. */
export const faviconSvg = (): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${palette.light.accent}"/><path d="M9 8h14v3H12.5v3.5H21v3h-8.5V21H23v3H9z" fill="${palette.light.paper}"/></svg>`;

/** The favicon as a data: URL, for pages to carry inline (img-src allows data:), escaped as little as a URL allows. */
export const faviconDataUrl = (): string => svgToMiniDataURI(faviconSvg());
