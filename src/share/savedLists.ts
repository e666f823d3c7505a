/**
 * Saving a list on this device, only when the worker or the person taps "save". The sharing code
 * talks to this small interface; the app's one IndexedDB database (src/storage/saved.ts, owned by
 * the storage work) is the real implementation, and tests use the in-memory one.
 */
import type { Lang } from '../catalog/types.ts';
import { deleteList as dbDeleteList, getSavedLists, saveList as dbSaveList } from '../storage/saved.ts';
import { encodeList, isServiceId, MAX_LIST_SIZE } from './listLink.ts';

export interface ListToSave {
  /** A name the person recognises ("Hjelp for Amina" is personal: the UI suggests a neutral default). */
  name: string;
  ids: readonly string[];
  lang: Lang;
}

export interface StoredList extends ListToSave {
  id: string;
  savedAt: number;
}

export interface SavedListStore {
  /** Stores the list; returns its id, or null when this device cannot store (private mode, full, blocked). */
  saveList(list: ListToSave): Promise<string | null>;
  /** Saved lists, newest first; [] when storage is unavailable. */
  getLists(): Promise<StoredList[]>;
  /** Deletes a list; false when storage is unavailable. */
  deleteList(id: string): Promise<boolean>;
}

/** Cleans a list before it is stored: valid ids once, capped; a name of reasonable length. */
export function normaliseList(list: ListToSave): ListToSave {
  const ids = encodeList(list.ids.filter(isServiceId)).split(',').filter(Boolean).slice(0, MAX_LIST_SIZE);
  const name = list.name.replace(/\s+/g, ' ').trim().slice(0, 120);
  return { name, ids, lang: list.lang };
}

/** The device's IndexedDB, through the storage module. */
export const deviceListStore: SavedListStore = {
  async saveList(list) {
    const clean = normaliseList(list);
    return dbSaveList(clean.name, [...clean.ids], clean.lang);
  },
  async getLists() {
    return (await getSavedLists()).map((l) => ({ id: l.id, name: l.name, ids: l.ids, lang: l.lang, savedAt: l.savedAt }));
  },
  deleteList: (id) => dbDeleteList(id),
};

/** In memory (tests, and a stand-in where IndexedDB is missing). */
export function createMemoryListStore(now: () => number = Date.now): SavedListStore {
  const lists = new Map<string, StoredList>();
  let counter = 0;
  return {
    async saveList(list) {
      const clean = normaliseList(list);
      const id = `m${++counter}`;
      lists.set(id, { ...clean, ids: [...clean.ids], id, savedAt: now() });
      return id;
    },
    async getLists() {
      return [...lists.values()].sort((a, b) => b.savedAt - a.savedAt || b.id.localeCompare(a.id));
    },
    async deleteList(id) {
      lists.delete(id);
      return true;
    },
  };
}
