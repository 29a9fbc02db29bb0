/**
 * `fn` with its results kept by argument, at most `cap` of them (the table is emptied when full, so memory
 * stays bounded over any number of articles). For pure functions of values that recur across articles:
 * titles, names, role words, counts, trigger masks. Results are shared: callers must not mutate them.
 */
export function boundedMemo<K, V>(fn: (key: K) => V, cap: number): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      if (seen.size >= cap) seen.clear();
      seen.set(key, (v = fn(key)));
    }
    return v as V;
  };
}
