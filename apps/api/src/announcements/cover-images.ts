import sharp, { type Metadata } from 'sharp';
import { COVER_IMAGE_WIDTHS } from '@cumbre/contracts';
import { ApiError } from '../common/api-error';

export interface ResizedImage {
  width: number;
  height: number;
  data: Buffer;
}

const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

/**
 * The WebP variants of an uploaded cover: each width of COVER_IMAGE_WIDTHS not wider than the
 * original (the original width when it is narrower than all of them). Metadata (EXIF, GPS) is
 * not copied. Anything sharp cannot read as JPEG, PNG or WebP is a 400.
 */
export async function resizeCover(input: Buffer): Promise<ResizedImage[]> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: 40_000_000 }).metadata();
  } catch {
    throw badImage();
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) throw badImage();
  const widths = COVER_IMAGE_WIDTHS.filter((w) => w <= (meta.width as number));
  const targets = widths.length ? widths : [meta.width];
  const out: ResizedImage[] = [];
  for (const width of targets) {
    const { data, info } = await sharp(input, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    out.push({ width: info.width, height: info.height, data });
  }
  return out;
}

function badImage(): ApiError {
  return new ApiError('announcement.bad_image', 'the cover must be a JPEG, PNG or WebP image', { field: 'file' });
}
