// Helpers for printed documents in the GB/T 9704-2012 style (党政机关公文格式).

/** 1 → "一", 12 → "十二", 23 → "二十三": the numbering of first-level headings (一、二、三、). */
export function chineseNumber(n: number): string {
  const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

/** "花园街道办事处" → "花园街道", "南岗区人民政府" → "南岗区": how documents and tables name a street or district. */
export function shortOrgName(name: string): string {
  return name.replace(/(办事处|人民政府)$/, "");
}
