/**
 * Storage problems the user must be told about, as a tiny observable without idb, so the status
 * bar in the first screen can listen without loading the storage code.
 */
export type StorageProblem = 'unavailable' | 'blocked' | 'newer-version' | 'full' | null;

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();
let problem: StorageProblem = null;

/** Subscribes to storage problems (other tab blocking, full, unavailable); calls `fn` at once. */
export function onStorageProblem(fn: Listener): () => void {
  listeners.add(fn);
  fn(problem);
  return () => listeners.delete(fn);
}

/** The current storage problem, if any. */
export function storageProblem(): StorageProblem {
  return problem;
}

/** Records a problem and tells the UI. */
export function reportProblem(p: StorageProblem): void {
  problem = p;
  for (const fn of listeners) fn(p);
}
