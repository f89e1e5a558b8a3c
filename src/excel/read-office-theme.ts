/**
 * Whether Office shows a light or a dark theme, from the luminance of its body background, so the
 * task pane can follow it; null outside Office or on hosts that do not say.
 *
 *   bodyBackgroundColor "#FFFFFF" -> "light"     "#262626" -> "dark"
 */

export function readOfficeTheme(): "light" | "dark" | null {
  if (typeof Office === "undefined") return null;
  const color = Office.context?.officeTheme?.bodyBackgroundColor;
  return typeof color === "string" ? themeOfColor(color) : null;
}

/** "light" or "dark" for a "#RRGGBB" colour, by its relative luminance; null when unreadable. */
export function themeOfColor(color: string): "light" | "dark" | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const channel = parseInt(hex ?? "0", 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
