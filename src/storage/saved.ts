/**
 * "Mine tjenester": services and lists the user chose to save on this device. Nothing is saved
 * unless the user taps save. Reads return [] and writes return false when storage is unavailable;
 * the UI then disables saving with a message.
 */
import type { Lang } from '../catalog/types.ts';
import { withDb, type SavedList, type SavedService } from './db.ts';

type Change = () => void;
const watchers = new Set<Change>();

/** Calls `fn` whenever saved services or lists change (in this tab). */
export function onSavedChange(fn: Change): () => void {
  watchers.add(fn);
  return () => watchers.delete(fn);
}
function changed(): void {
  for (const fn of watchers) fn();
}

/** Saved services, newest first. */
export async function getSavedServices(): Promise<SavedService[]> {
  return withDb([] as SavedService[], async (db) => (await db.getAllFromIndex('saved', 'by-date')).reverse());
}

/** Whether a service is saved. */
export async function isSaved(id: string): Promise<boolean> {
  return withDb(false, async (db) => (await db.getKey('saved', id)) !== undefined);
}

/** Saves a service; false when storage is unavailable. */
export async function saveService(id: string, name: string): Promise<boolean> {
  const ok = await withDb(false, async (db) => {
    await db.put('saved', { id, name, savedAt: Date.now() });
    return true;
  });
  if (ok) changed();
  return ok;
}

/** Removes a saved service. */
export async function unsaveService(id: string): Promise<boolean> {
  const ok = await withDb(false, async (db) => {
    await db.delete('saved', id);
    return true;
  });
  if (ok) changed();
  return ok;
}

/** Saved lists, newest first. */
export async function getSavedLists(): Promise<SavedList[]> {
  return withDb([] as SavedList[], async (db) => (await db.getAll('lists')).sort((a, b) => b.savedAt - a.savedAt));
}

/** Saves a list of service ids under a name; returns its id, or null when storage is unavailable. */
export async function saveList(name: string, ids: string[], lang: Lang): Promise<string | null> {
  const id = `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const ok = await withDb(false, async (db) => {
    await db.put('lists', { id, name: name.slice(0, 120), ids: ids.slice(0, 100), lang, savedAt: Date.now() });
    return true;
  });
  if (ok) changed();
  return ok ? id : null;
}

/** Deletes a saved list. */
export async function deleteList(id: string): Promise<boolean> {
  const ok = await withDb(false, async (db) => {
    await db.delete('lists', id);
    return true;
  });
  if (ok) changed();
  return ok;
}
