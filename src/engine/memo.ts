/**
 * `fn` with its results kept by argument, at most `cap` of them (the table is emptied when full, so memory
 * stays bounded over any number of articles). For pure functions of strings that recur across articles:
 * titles, names, role words. Results are shared: callers must not mutate them.
 */
export function boundedMemo<V>(fn: (key: string) => V, cap: number): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      if (seen.size >= cap) seen.clear();
      seen.set(key, (v = fn(key)));
    }
    return v as V;
  };
}
