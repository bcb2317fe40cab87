/**
 * The build's one preview-image cache, shared by the preview endpoints: images live in Astro's
 * cache folder (config `cacheDir`), the renderer and its worker are read from src/lib/.
 */
import { cacheDir, srcDir } from 'astro:config/server';
import { PreviewCache } from './preview-cache';
import { pngResponse, type PreviewText } from './preview-image';
import { PREVIEW_MAX_BYTES } from './preview-size';

export const previews = new PreviewCache({
  dir: new URL('preview-images/', cacheDir),
  rendererSource: new URL('lib/share/preview-image.ts', srcDir),
  workerFile: new URL('lib/share/preview-worker.ts', srcDir),
});

/** A preview as its endpoint's response; the build names one heavier than a preview should be. */
export async function previewResponse(text: PreviewText, path: string): Promise<Response> {
  const png = await previews.get(text);
  if (png.length > PREVIEW_MAX_BYTES) {
    console.warn(
      `${path} weighs ${png.length.toLocaleString('en')} bytes, over the ${PREVIEW_MAX_BYTES.toLocaleString('en')} of a preview: a table with fewer or shorter cells in its diagram, or a shorter title, would fit.`,
    );
  }
  return pngResponse(png);
}
