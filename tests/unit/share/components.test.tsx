// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import nb from '../../../locales/nb/share.json';
import en from '../../../locales/en/share.json';
import { initI18n } from '../../../src/i18n/i18n.ts';
import type { Catalog, Service } from '../../../src/catalog/types.ts';
import { AddToList, DraftListBar } from '../../../src/share/AddToList.tsx';
import { createDraftList } from '../../../src/share/draftList.ts';
import { createMemoryListStore, normaliseList } from '../../../src/share/savedLists.ts';
import { copyText, shareOrCopy, type ShareEnv } from '../../../src/share/shareLink.ts';
import { pathInLanguage } from '../../../src/share/QrDialog.tsx';
import { dayRuns, scheduleLines } from '../../../src/share/print.tsx';
import { mainPhone } from '../../../src/share/resolve.ts';
import ListPage from '../../../src/routes/ListPage.tsx';
import type { PageContext } from '../../../src/shell/page-context.ts';
import { aliasOf, MAX_LIST_SIZE } from '../../../src/share/listLink.ts';
import { service as baseService } from '../ui/fixture.ts';

let t: TFunction;
beforeAll(async () => {
  await initI18n('en');
  t = await initI18n('nb');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** The shared fixture's service, named and reachable the way these tests expect. */
function service(id: string, extra: Partial<Service> = {}): Service {
  return baseService(id, {
    name: `Navn ${id}`,
    summary: `Om ${id}`,
    phones: [{ number: '116006', display: '116 006', label: { nb: 'Døgnåpen' }, confidence: 'high', sources: ['s1'] }],
    schedule: { type: 'always', sources: ['s1'] },
    ...extra,
  });
}

describe('texts', () => {
  test('English has exactly the Norwegian keys, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
    for (const lang of [nb, en]) for (const k of keys(lang)) expect(k.split('.').reduce<any>((o, p) => o[p], lang).trim(), k).not.toBe('');
  });
});

describe('shareOrCopy', () => {
  const data = { title: 'VO-linjen', url: 'https://x.no/nb/tjeneste/vo-linjen' };

  test('uses the share sheet when there is one', async () => {
    const share = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { share, writeText })).toBe('shared');
    expect(share).toHaveBeenCalledWith(data);
    expect(writeText).not.toHaveBeenCalled();
  });

  test('a closed share sheet is not an error and copies nothing', async () => {
    const writeText = vi.fn(async () => undefined);
    const share = async () => {
      throw Object.assign(new Error('closed'), { name: 'AbortError' });
    };
    expect(await shareOrCopy(data, { share, writeText })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  test('copies when the share sheet is missing or refuses', async () => {
    const writeText = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { writeText })).toBe('copied');
    const refusing: ShareEnv = {
      share: async () => {
        throw Object.assign(new Error('no'), { name: 'NotAllowedError' });
      },
      writeText,
    };
    expect(await shareOrCopy(data, refusing)).toBe('copied');
    expect(writeText).toHaveBeenLastCalledWith(data.url);
  });

  test('falls back to the old copy in insecure contexts, then to manual copying', async () => {
    const legacyCopy = vi.fn(() => true);
    expect(await shareOrCopy(data, { legacyCopy })).toBe('copied');
    expect(legacyCopy).toHaveBeenCalledWith(data.url);
    const denied = async () => {
      throw new Error('denied');
    };
    expect(await copyText('x', { writeText: denied, legacyCopy: () => false })).toBe(false);
    expect(await shareOrCopy(data, { writeText: denied })).toBe('manual');
    expect(await shareOrCopy(data, {})).toBe('manual');
  });

  test('respects canShare', async () => {
    const share = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { share, canShare: () => false, writeText: async () => undefined })).toBe('copied');
    expect(share).not.toHaveBeenCalled();
  });
});

describe('helpers', () => {
  test('pathInLanguage keeps service, list and search', () => {
    expect(pathInLanguage('/nb/tjeneste/vo-linjen', 'ti')).toBe('/ti/tjeneste/vo-linjen');
    expect(pathInLanguage('/nb/liste/a,b', 'ar')).toBe('/ar/liste/a,b');
    expect(pathInLanguage('/nb/sok?q=vold&for=barn', 'en')).toBe('/en/sok?q=vold&for=barn');
    expect(pathInLanguage('/garbage/../x', 'se')).toBe('/se/');
  });

  test('opening hours as printed lines', () => {
    expect(dayRuns([5, 1, 2, 3, 7, 7, 9, 0])).toEqual([[1, 3], [5, 5], [7, 7]]);
    expect(scheduleLines({ type: 'always', sources: [] }, t)).toEqual(['Døgnåpent']);
    expect(scheduleLines({ type: 'unknown' }, t)).toEqual([]);
    expect(
      scheduleLines({ type: 'weekly', sources: [], spans: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' }, { days: [], opens: '1', closes: '2' }] }, t),
    ).toEqual(['mandag–fredag 09:00–15:00']);
  });

  test('the main phone is never an SMS line', () => {
    const sms = { number: '2', display: '2', label: { nb: 'sms' }, confidence: 'high' as const, sources: [], kind: 'sms' as const };
    const voice = { ...sms, number: '3', display: '3', kind: 'voice' as const };
    expect(mainPhone({ phones: [sms, voice] })).toBe(voice);
    expect(mainPhone({ phones: [sms] })).toBeNull();
  });
});

describe('saved lists (memory store)', () => {
  test('saves cleaned lists, newest first, and deletes', async () => {
    let now = 1;
    const store = createMemoryListStore(() => now++);
    const a = await store.saveList({ name: '  Liste   A ', ids: ['a', 'a', '..', 'b'], lang: 'ti' });
    const b = await store.saveList({ name: 'B'.repeat(500), ids: ['c'], lang: 'nb' });
    const lists = await store.getLists();
    expect(lists.map((l) => l.id)).toEqual([b, a]);
    expect(lists[1]).toMatchObject({ name: 'Liste A', ids: ['a', 'b'], lang: 'ti' });
    expect(lists[0]!.name).toHaveLength(120);
    expect(await store.deleteList(a!)).toBe(true);
    expect((await store.getLists()).map((l) => l.id)).toEqual([b]);
  });

  test('normaliseList caps the number of ids', () => {
    expect(normaliseList({ name: 'x', ids: Array.from({ length: 100 }, (_, i) => `s${i}`), lang: 'nb' }).ids).toHaveLength(MAX_LIST_SIZE);
  });
});

describe('AddToList and the draft list', () => {
  test('adds and removes, says so once, links to the list, and keeps it in memory only', async () => {
    const list = createDraftList();
    render(
      <>
        <AddToList lang="nb" serviceId="vo-linjen" serviceName="VO-linjen" list={list} />
        <AddToList lang="nb" serviceId="alarmtelefonen" serviceName="Alarmtelefonen" list={list} />
      </>,
    );
    const first = screen.getByRole('button', { name: /^Legg til i liste ?: VO-linjen$/ });
    fireEvent.click(first);
    await waitFor(() => expect(first.getAttribute('aria-pressed')).toBe('true'));
    expect(first.textContent).toContain('Fjern fra listen');
    expect(list.ids()).toEqual(['vo-linjen']);
    fireEvent.click(screen.getByRole('button', { name: /^Legg til i liste ?: Alarmtelefonen$/ }));
    await waitFor(() => expect(list.ids()).toEqual(['vo-linjen', 'alarmtelefonen']));
    // Only the button last used speaks.
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toEqual(['', 'Listen har 2 tjenester.']);
    const link = screen.getByRole('link', { name: 'Vis og del listen' });
    expect(link.getAttribute('href')).toBe('/nb/liste/vo-linjen,alarmtelefonen');
    expect(screen.getByText(/Listen lagres ikke/)).toBeTruthy();
    expect(sessionStorage.length + localStorage.length).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: /^Fjern fra listen ?: VO-linjen$/ }));
    await waitFor(() => expect(list.ids()).toEqual(['alarmtelefonen']));
  });

  test('a full list refuses more and says why', async () => {
    const list = createDraftList();
    list.replace(Array.from({ length: MAX_LIST_SIZE }, (_, i) => `s${i}`));
    render(<AddToList lang="en" serviceId="one-more" serviceName="One more" list={list} />);
    fireEvent.click(screen.getByRole('button', { name: /^Add to list ?: One more$/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`The list is full: at most ${MAX_LIST_SIZE} services.`));
    expect(list.ids()).toHaveLength(MAX_LIST_SIZE);
  });

  test('the draft rejects malformed ids and duplicates', () => {
    const list = createDraftList();
    expect(list.add('../x')).toBe(false);
    expect(list.add('a')).toBe(true);
    expect(list.add('a')).toBe(false);
    list.replace(['b', 'b', 'BAD', 'c']);
    expect(list.ids()).toEqual(['b', 'c']);
  });

  test('DraftListBar shows nothing for an empty list and empties on request', async () => {
    const list = createDraftList();
    const { container } = render(<DraftListBar lang="nb" list={list} />);
    expect(container.textContent).toBe('');
    list.add('a');
    await waitFor(() => expect(container.textContent).toContain('Listen har 1 tjeneste.'));
    fireEvent.click(screen.getByRole('button', { name: 'Tøm listen' }));
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});

describe('ListPage', () => {
  const catalog = { services: [service('vo-linjen'), service('alarmtelefonen', { names: { en: 'Alarm line' } })], checked: '2026-11-01' } as unknown as Catalog;
  const ctx = (over: Partial<PageContext> = {}): PageContext => ({ lang: 'nb', catalog, text: null, t, navigate: vi.fn(), ...over });

  test('shows the services still there and says how many are gone or broken', async () => {
    const c = ctx();
    render(<ListPage ctx={c} route={{ name: 'list', lang: 'nb', ids: 'vo-linjen,removed-one,removed-two,..,vo-linjen' }} store={createMemoryListStore()} draft={createDraftList()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Liste med 1 tjeneste');
    expect(screen.getByText('2 tjenester i denne lenken finnes ikke lenger.')).toBeTruthy();
    expect(screen.getByText('1 del av lenken er ikke en gyldig tjeneste og er hoppet over.')).toBeTruthy();
    expect(screen.getByText('Disse tjenestene finnes fortsatt:')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Navn vo-linjen']);
    expect(screen.getByRole('link', { name: /116 006/ }).getAttribute('href')).toBe('tel:116006');
  });

  test('reads a long list written with aliases', () => {
    render(<ListPage ctx={ctx()} route={{ name: 'list', lang: 'nb', ids: `${aliasOf('alarmtelefonen')},${aliasOf('vo-linjen')}` }} store={createMemoryListStore()} draft={createDraftList()} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Navn alarmtelefonen', 'Navn vo-linjen']);
  });

  test('in another language, shows the translated name and the official one', () => {
    render(<ListPage ctx={ctx({ lang: 'en' })} route={{ name: 'list', lang: 'en', ids: 'alarmtelefonen' }} store={createMemoryListStore()} draft={createDraftList()} />);
    const h2 = screen.getByRole('heading', { level: 2 });
    expect(h2.textContent).toContain('Alarm line');
    expect(h2.querySelector('[lang="nb"]')?.textContent).toBe('Navn alarmtelefonen');
  });

  test('nothing valid: says so and offers search', () => {
    render(<ListPage ctx={ctx()} route={{ name: 'list', lang: 'nb', ids: 'gone,<b>' }} store={createMemoryListStore()} draft={createDraftList()} />);
    expect(screen.getByText(/Ingen av tjenestene i lenken finnes lenger/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Søk etter hjelp' }).getAttribute('href')).toBe('/nb/sok');
    expect(screen.queryByRole('group')).toBeNull();
  });

  test('empty list explains how to make one', () => {
    render(<ListPage ctx={ctx()} route={{ name: 'list', lang: 'nb', ids: '' }} store={createMemoryListStore()} draft={createDraftList()} />);
    expect(screen.getByText('Listen er tom.')).toBeTruthy();
  });

  test('saves only on request, and removing a service rewrites the link', async () => {
    const store = createMemoryListStore();
    const c = ctx();
    const draft = createDraftList();
    render(<ListPage ctx={c} route={{ name: 'list', lang: 'nb', ids: 'vo-linjen,alarmtelefonen' }} store={store} draft={draft} />);
    expect(await store.getLists()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Lagre listen på denne enheten' }));
    await waitFor(() => expect(screen.getByText(/Listen er lagret på denne enheten/)).toBeTruthy());
    expect((await store.getLists())[0]).toMatchObject({ ids: ['vo-linjen', 'alarmtelefonen'], lang: 'nb' });
    fireEvent.click(screen.getByRole('button', { name: /^Fjern fra listen ?: Navn vo-linjen$/ }));
    expect(c.navigate).toHaveBeenCalledWith('/nb/liste/alarmtelefonen', { replace: true });
    fireEvent.click(screen.getByRole('button', { name: 'Endre listen' }));
    expect(draft.ids()).toEqual(['vo-linjen', 'alarmtelefonen']);
  });

  test('a store that cannot save says so', async () => {
    const store = { saveList: async () => null, getLists: async () => [], deleteList: async () => false };
    render(<ListPage ctx={ctx()} route={{ name: 'list', lang: 'nb', ids: 'vo-linjen' }} store={store} draft={createDraftList()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lagre listen på denne enheten' }));
    await waitFor(() => expect(screen.getByText(/kan ikke lagre nå/)).toBeTruthy());
  });
});
