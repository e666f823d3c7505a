// TEMPORARY minimal generator so the app builds while the real pipeline (parsers + validation) is written.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); statSync(p).isDirectory() ? walk(p) : f.endsWith('.json') && files.push(p); } };
walk('seeds/services');
const services: any[] = [];
for (const f of files) {
  const j = JSON.parse(readFileSync(f, 'utf8'));
  if (Array.isArray(j.services)) for (const s of j.services) services.push({ ...j.defaults, ...s, group: j.group });
  else services.push({ ...j, group: null });
}
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/catalog.json', JSON.stringify({ schema: 1, version: 'dev', checked: '2026-11-21', services, measures: [], ministries: {} }));
writeFileSync('src/generated/emergency.json', JSON.stringify([
  { id: 'nodnummer-112-politi', number: '112', display: '112' },
  { id: 'nodnummer-113-medisinsk', number: '113', display: '113' },
  { id: 'vo-linjen', number: '116006', display: '116 006' },
  { id: 'alarmtelefonen', number: '116111', display: '116 111' },
]));
console.log(`catalog (temporary): ${services.length} services`);
