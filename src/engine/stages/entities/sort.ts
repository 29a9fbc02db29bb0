/**
 * A stable in-place sort for the short, nearly ordered lists of the stage (mentions in reading
 * order): insertion sort, which allocates nothing, where Array.prototype.sort copies the list.
 * Same order as Array.prototype.sort with the same comparator (both are stable); long lists go to it.
 */
export function sortSmall<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  if (list.length > 64) return list.sort(cmp);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && cmp(list[j], x) > 0) { list[j + 1] = list[j]; j--; }
    list[j + 1] = x;
  }
  return list;
}
