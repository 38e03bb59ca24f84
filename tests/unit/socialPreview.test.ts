// The social preview (issue 11): a shared link shows a title, a description and a 1200×630 image.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const html = readFileSync('index.html', 'utf8');
const meta = (attr: 'property' | 'name', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]+)"`).exec(html)?.[1];

describe('the social preview', () => {
  it('has Open Graph and Twitter card tags', () => {
    expect(meta('property', 'og:title')).toContain('Maillage');
    expect(meta('property', 'og:description')?.length).toBeGreaterThan(40);
    expect(meta('property', 'og:image')).toBe('./preview.png');
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
  });

  it('ships its image at 1200×630, and the manifest icons at their sizes', () => {
    const size = (path: string) => {
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
    };
    expect(size('public/preview.png')).toBe('1200×630');
    expect(size('public/icons/icon-192.png')).toBe('192×192');
    expect(size('public/icons/icon-512.png')).toBe('512×512');
    expect(size('public/icons/maskable-512.png')).toBe('512×512');
  });
});
