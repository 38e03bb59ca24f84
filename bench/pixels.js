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
  // The background: the commonest colour on the border of the screenshot. An 'empty' spot must be
  // of that colour; a uniform patch of another colour can be the inside of a large node, and a drag
  // from there moves the node instead of panning the view.
  const counts = new Map();
  const count = (x, y) => {
    const key = at(x, y).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let x = 0; x < width; x += 2) { count(x, 0); count(x, height - 1); }
  for (let y = 0; y < height; y += 2) { count(0, y); count(width - 1, y); }
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0].split(',').map(Number);
  const margin = Math.max(half + 1, Math.round(Math.min(width, height) * (wanted === 'empty' ? 0.08 : 0.02)));
  const candidates = [];
  for (let y = margin; y < height - margin; y += 3) {
    for (let x = margin; x < width - margin; x += 3) {
      if (wanted === 'node' && !saturated(at(x, y))) continue;
      if (wanted === 'empty' && background && !close(at(x, y), background)) continue;
      const d = Math.hypot(x - width / 2, y - height / 2);
      candidates.push({ x, y, d });
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const c of candidates) if (uniform(c.x, c.y)) return { x: c.x, y: c.y };
  return null;
};
