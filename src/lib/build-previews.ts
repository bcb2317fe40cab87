/**
 * The build's one preview-image cache, shared by the preview endpoints: images live in Astro's
 * cache folder (config `cacheDir`), the renderer and its worker are read from src/lib/.
 */
import { cacheDir, srcDir } from 'astro:config/server';
import { PreviewCache } from './preview-cache';

export const previews = new PreviewCache({
  dir: new URL('preview-images/', cacheDir),
  rendererSource: new URL('lib/preview-image.ts', srcDir),
  workerFile: new URL('lib/preview-worker.ts', srcDir),
});
