import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** The icons public/manifest.webmanifest names, drawn from the favicon at build time. */
export const iconSizes = [192, 512] as const;
/** The favicon's own background, so a maskable icon's padding looks like part of it. */
const background = '#1f3a8a';

/**
 * Writes dist/icons/icon-{size}.png (the favicon, edge to edge) and icon-maskable-512.png (the favicon at 60 %
 * on its own colour, inside the safe zone a launcher may crop to a circle).
 */
export async function writeIcons(publicDir: string, dir: string): Promise<string[]> {
  const svg = readFileSync(join(publicDir, 'favicon.svg'));
  const out = join(dir, 'icons');
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  for (const size of iconSizes) {
    const file = join(out, `icon-${size}.png`);
    await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toFile(file);
    files.push(file);
  }
  const inner = Math.round(512 * 0.6);
  const glyph = await sharp(svg, { density: (72 * inner) / 32 }).resize(inner, inner).png().toBuffer();
  const maskable = join(out, 'icon-maskable-512.png');
  await sharp({ create: { width: 512, height: 512, channels: 4, background } })
    .composite([{ input: glyph, gravity: 'center' }])
    .png()
    .toFile(maskable);
  files.push(maskable);
  return files;
}
