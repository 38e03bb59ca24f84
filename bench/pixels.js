// Run by scripts/bench-pixels.ts in a helper page: finds, in a screenshot (PNG, base64) of the
// graph, a node's centre ('node': a saturated patch of one colour) or a spot of background
// ('empty': a uniform patch away from the edges), nearest the centre. Plain JavaScript, evaluated
// as written: it defines window.__benchFindPoint(data, wanted).
window.__benchFindPoint = async (data, wanted) => {
  const image = new Image();
  image.src = `data:image/png;base64,${data}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(image, 0, 0);
  const { data: px, width, height } = context.getImageData(0, 0, image.width, image.height);
  const at = (x, y) => {
    const i = (y * width + x) * 4;
    return [px[i], px[i + 1], px[i + 2]];
  };
  const close = (a, b) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) < 12;
  const saturated = ([r, g, b]) => {
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    return max > 60 && (max - min) / max > 0.35;
  };
  const half = wanted === 'node' ? 2 : 14;
  const step = wanted === 'node' ? 1 : 4;
  const uniform = (x, y) => {
    const centre = at(x, y);
    for (let dy = -half; dy <= half; dy += step) for (let dx = -half; dx <= half; dx += step) if (!close(at(x + dx, y + dy), centre)) return false;
    return true;
  };
  const margin = Math.max(half + 1, Math.round(Math.min(width, height) * (wanted === 'empty' ? 0.08 : 0.02)));
  const candidates = [];
  for (let y = margin; y < height - margin; y += 3) {
    for (let x = margin; x < width - margin; x += 3) {
      if (wanted === 'node' && !saturated(at(x, y))) continue;
      const d = Math.hypot(x - width / 2, y - height / 2);
      candidates.push({ x, y, d });
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates) if (uniform(c.x, c.y)) return { x: c.x, y: c.y };
  return null;
};
