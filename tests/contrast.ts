// WCAG 2.2 contrast ratio of two colours given as #rrggbb or rgb()/rgba() strings.
const channels = (c: string): [number, number, number] => {
  const hex = /^#([0-9a-f]{6})$/i.exec(c.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as [number, number, number];
  const rgb = c.match(/[\d.]+/g);
  if (!rgb || rgb.length < 3) throw new Error(`not a colour: ${c}`);
  return rgb.slice(0, 3).map(Number) as [number, number, number];
};

export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
