/**
 * A preview-image worker for the build's pool (preview-cache.ts): draws one image per task.
 * Node loads this file from src/ with type stripping, so it imports with the .ts extension.
 */
import sharp from 'sharp';
import { renderPreview, type PreviewText } from './preview-image.ts';

// The pool already uses every core; libvips's own threads would only compete with it.
sharp.concurrency(1);
// Every image is new: libvips's operation cache would only hold memory.
sharp.cache(false);

export default function draw(text: PreviewText): Promise<Buffer> {
  return renderPreview(text);
}
