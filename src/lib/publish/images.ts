/**
 * The processed copy of every picture in the content: what open data links instead of the upload. Astro
 * re-encodes it (WebP, 720 px wide at most), which drops the EXIF block with its GPS position and camera data.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { SCHEMAS, type CollectionName } from '../../schemas/index.ts';
import { fieldsOf, leaves } from '../../schemas/walk.ts';
import type { Content } from '../content/entries.ts';
import type { ImageUrls } from './open-data.ts';

/** The width a published picture is scaled to at most, on pages and in open data. */
export const PICTURE_WIDTH = 720;

export async function processedImages(collection: CollectionName, content: Content): Promise<ImageUrls> {
  const fields = fieldsOf(SCHEMAS[collection]);
  const found = (content[collection] as { data: Record<string, unknown> }[]).flatMap((e) =>
    [...leaves(fields, e.data, (info) => info.kind === 'image')].map((l) => l.value).filter((v): v is ImageMetadata => Boolean(v) && typeof v === 'object'),
  );
  const urls = new Map<object, string>();
  for (const image of found) urls.set(image, (await getImage({ src: image, width: PICTURE_WIDTH, format: 'webp' })).src);
  return urls;
}
