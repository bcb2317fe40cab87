/**
 * A preview-image worker for the build's pool (preview-cache.ts): draws one image per task.
 * Node loads this file from src/ with type stripping, so it imports with the .ts extension.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { renderPreview, type PreviewText } from './preview-image.ts';

export default async function draw(text: PreviewText): Promise<Buffer> {
  // A turn of the event loop between images lets Node free the last image's native pixel
  // memory (the canvas's getImageData); drawn back to back, a 1,000-image build held gigabytes.
  await nextTurn();
  return renderPreview(text);
}
