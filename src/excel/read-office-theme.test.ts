import { themeOfColor } from "./read-office-theme";

describe("themeOfColor", () => {
  it.each<[string, "light" | "dark" | null]>([
    ["#FFFFFF", "light"],
    ["#f3f2f1", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#6b6b6b", "dark"],
    ["#c8c8c8", "light"],
    ["FFFFFF", "light"],
    ["white", null],
    ["", null],
  ])("%j -> %j", (color, theme) => expect(themeOfColor(color)).toBe(theme));
});
