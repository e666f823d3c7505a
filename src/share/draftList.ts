/**
 * The list being put together during a meeting. It lives in this tab's memory only: nothing about
 * the person is stored unless the worker chooses to share or save the list. A reload or closing
 * the tab forgets it (the UI says so).
 */
import { useEffect, useState } from 'preact/hooks';
import { isServiceId, MAX_LIST_SIZE } from './listLink.ts';

type Listener = (ids: readonly string[]) => void;

export interface DraftList {
  ids(): readonly string[];
  has(id: string): boolean;
  /** Adds at the end; false when the id is malformed, already there, or the list is full. */
  add(id: string): boolean;
  remove(id: string): void;
  /** Replaces the whole list (e.g. "edit this shared list"), keeping only valid ids. */
  replace(ids: readonly string[]): void;
  clear(): void;
  subscribe(fn: Listener): () => void;
}

/** A fresh draft list (one per tab in the app; tests make their own). */
export function createDraftList(): DraftList {
  let current: readonly string[] = [];
  const listeners = new Set<Listener>();
  const set = (next: readonly string[]) => {
    current = Object.freeze([...next]);
    for (const fn of listeners) fn(current);
  };
  return {
    ids: () => current,
    has: (id) => current.includes(id),
    add(id) {
      if (!isServiceId(id) || current.includes(id) || current.length >= MAX_LIST_SIZE) return false;
      set([...current, id]);
      return true;
    },
    remove(id) {
      if (current.includes(id)) set(current.filter((x) => x !== id));
    },
    replace(ids) {
      const next: string[] = [];
      for (const id of ids) if (isServiceId(id) && !next.includes(id) && next.length < MAX_LIST_SIZE) next.push(id);
      set(next);
    },
    clear() {
      if (current.length > 0) set([]);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/** The tab's draft list. */
export const draftList: DraftList = createDraftList();

/** The draft's ids, re-rendering when they change. */
export function useDraftIds(list: DraftList = draftList): readonly string[] {
  const [ids, setIds] = useState(list.ids());
  useEffect(() => {
    // Catch a change between render and subscribing, without a needless re-render of every
    // "add to list" button on a results page when nothing changed.
    const now = list.ids();
    setIds((prev) => (prev.length === now.length && prev.every((id, i) => id === now[i]) ? prev : now));
    return list.subscribe(setIds);
  }, [list]);
  return ids;
}
